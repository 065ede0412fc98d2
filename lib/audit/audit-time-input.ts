// The audit log's time range as the filter's inputs show it: datetime-local values read as UTC, the
// zone the log's times are written in, so that what the inputs say is what the rows say.

/** "2026-12-06T14:30" as the instant a bound names: the minute's start for `from`, its last millisecond for `to`. */
export function isoOfUtcInput(value: string, bound: "from" | "to"): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return "";
  const start = new Date(`${value}:00.000Z`);
  if (Number.isNaN(start.getTime())) return "";
  return bound === "from" ? start.toISOString() : new Date(start.getTime() + 59_999).toISOString();
}

/**
 * A bound from the URL (an instant with any offset, or a day) as a datetime-local value in UTC; "" for
 * none or text that is no time. A day is its first minute as `from` and its last as `to`.
 */
export function utcInputOf(bound: string, edge: "from" | "to"): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(bound)) return `${bound}T${edge === "from" ? "00:00" : "23:59"}`;
  const date = new Date(bound);
  return bound === "" || Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 16);
}

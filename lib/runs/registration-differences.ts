// A repeated registration (same externalJobId or Idempotency-Key) is a retry only when it asks for the
// same thing: which of its top-level fields differ from the registration stored with the first run.

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The fields, sorted, whose values differ; empty when `stored` is null (a run registered before registrations were kept). */
export function registrationDifferences(stored: unknown, sent: Record<string, unknown>): string[] {
  if (stored === null || typeof stored !== "object") return [];
  const before = stored as Record<string, unknown>;
  const fields = new Set([...Object.keys(before), ...Object.keys(sent)]);
  return [...fields].filter((field) => canonical(before[field]) !== canonical(sent[field])).sort();
}

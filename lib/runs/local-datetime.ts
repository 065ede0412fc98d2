// datetime-local inputs hold wall-clock time without a zone; the API wants ISO 8601 instants.

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * "2025-05-12T09:00" in the browser's time zone to "2025-05-12T09:00:00.000Z"; "" to undefined.
 * Text that is no date is returned as it is, so that validation reports it.
 */
export function localInputToIso(local: string): string | undefined {
  const text = local.trim();
  if (text === "") return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** An ISO instant as a datetime-local value in the browser's time zone; null to "". */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "UTC+02:00" for the zone datetime-local values are read in. */
export function localZoneLabel(at: Date = new Date()): string {
  const minutes = -at.getTimezoneOffset();
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  return abs === 0 ? "UTC" : `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

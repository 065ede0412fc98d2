// Numbers as the CLI prints them.

const UNITS = ["B", "kB", "MB", "GB", "TB"];

/** Bytes in decimal units, as file managers and curl show them: 1.5 MB. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${UNITS[unit]}`;
}

/** A share as a percentage: 0.8125 -> "81.3%". */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined || !Number.isFinite(share) ? "-" : `${(share * 100).toFixed(digits)}%`;
}

export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/** An ISO timestamp as "2025-05-12 09:00" (UTC), short enough for a table. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return "-";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 16).replace("T", " ");
}

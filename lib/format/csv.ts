// CSV text for the "CSV" download beside each chart: RFC 4180 quoting, CRLF line ends.

export type CsvCell = string | number | null | undefined;

// A spreadsheet treats text starting with these as a formula; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row as a CSV line, with its CRLF: for files written a row at a time (streamed exports). */
export function csvLine(row: readonly CsvCell[]): string {
  return row.map(cellText).join(",") + "\r\n";
}

/** A header row and data rows as CSV text. Numbers are written as numbers, text is quoted when needed. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map(csvLine).join("");
}

/** "Owl teacher numbers (filtered)" + "number frequency" -> "owl-teacher-numbers-filtered-number-frequency.csv". */
export function csvFileName(...parts: string[]): string {
  const slug = parts
    .join(" ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
    .replace(/-+$/, "");
  return `${slug || "data"}.csv`;
}

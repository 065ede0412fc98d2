// One row of PostgreSQL's COPY text format: fields separated by tabs, the row ended by a newline, NULL as
// \N. In a field, backslash, tab, newline and carriage return are written as \\, \t, \n and \r, so any
// text (including a literal "\N" or "\.") reads back exactly as it was. NUL cannot be stored in a
// Postgres text value at all: uploads refuse it before this point (normalize-record.ts).

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  return value.replace(SPECIAL, (c) => ESCAPES[c]);
}

export function copyTextRow(fields: readonly (string | number | null)[]): string {
  return fields.map(copyField).join("\t") + "\n";
}

// Fields of PostgreSQL's COPY text format: separated by tabs, each row ended by a newline, NULL as \N.
// In a field, backslash, tab, newline and carriage return are written as \\, \t, \n and \r, so any text
// (including a literal "\N" or "\.") reads back exactly as it was. NUL cannot be stored in a Postgres
// text value at all: uploads refuse it before this point (normalize-record.ts).

const SPECIAL = /[\\\t\n\r]/;

/** A value as a COPY text field. */
export function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  if (!SPECIAL.test(value)) return value;
  // Backslashes first, so that the escapes added after are not escaped again.
  return value.replaceAll("\\", "\\\\").replaceAll("\t", "\\t").replaceAll("\n", "\\n").replaceAll("\r", "\\r");
}

/**
 * `text` as a COPY text field, from `json` = JSON.stringify(text), which the canonical form computes
 * anyway. Inside its quotes, JSON's escapes are COPY's own (\\ \n \r \t \b \f, and \" reads as " since
 * COPY takes a backslash before any other character as that character), and JSON leaves no raw tab,
 * newline or carriage return: the JSON body is the field, with no second pass over the text. Only
 * JSON's \uXXXX (control characters, lone surrogates) means nothing to COPY: then `text` is escaped.
 */
export function copyFieldFromJson(json: string, text: string): string {
  return json.includes("\\u") ? copyField(text) : json.slice(1, -1);
}

/** Fields already in COPY text form, as one row. */
export function copyRow(fields: readonly string[]): string {
  return fields.join("\t") + "\n";
}

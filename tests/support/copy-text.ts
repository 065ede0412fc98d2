// Reading PostgreSQL's COPY text format back, as the server does, to check what an upload sends.

/** How PostgreSQL reads a field of COPY text format (src/backend/commands/copyfromparse.c, CopyReadAttributesText). */
export function readCopyField(field: string): string | null {
  if (field === "\\N") return null;
  let out = "";
  for (let i = 0; i < field.length; i++) {
    const c = field[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const next = field[++i];
    const simple: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
    if (next in simple) out += simple[next];
    else if (/[0-7]/.test(next) || next === "x") throw new Error(`octal/hex escape not expected: \\${next}`);
    else out += next; // any other character after a backslash is taken literally
  }
  return out;
}

/** COPY text as rows of fields, read as the server reads them. */
export function readCopyText(text: string): (string | null)[][] {
  return text
    .split("\n")
    .filter((row) => row !== "")
    .map((row) => row.split("\t").map(readCopyField));
}

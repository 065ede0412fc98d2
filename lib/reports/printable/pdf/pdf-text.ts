// The PDF uses react-pdf's built-in Helvetica, which (as a standard PDF font) only has the WinAnsi
// characters: Latin-1 and a few typographic marks. Anything else would print as a wrong glyph, so it is
// spelt out or replaced with "?" here; the HTML report keeps every character.

// Code points of WinAnsi beyond Latin-1 (0x80-0x9F in the encoding).
const WIN_ANSI_EXTRA = new Set(Array.from("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ").map((c) => c.codePointAt(0)));

const SPELLED: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "⇒": "=>",
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "−": "-",
  "≈": "~",
  "‐": "-",
  "‑": "-",
  "′": "'",
  "″": '"',
  "✓": "yes",
  "✗": "no",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
  "\u200b": "",
};

const printable = (code: number) =>
  (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code) || code === 0x0a;

/** `text` with every character Helvetica cannot print spelt out or replaced by "?". */
export function pdfText(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (printable(code)) out += char;
    else if (char in SPELLED) out += SPELLED[char];
    else if (char === "\t" || char === "\r") out += " ";
    else out += "?";
  }
  return out;
}

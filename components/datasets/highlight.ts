// Splits record text around the search term, so that matches render as <mark> elements (never as HTML).

export interface TextPart {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The text in parts, each a match of `query` (case-insensitive, literal, as the record search finds
 * it) or the text between matches. An empty query gives the whole text as one part.
 */
export function splitHighlights(text: string, query: string): TextPart[] {
  if (query === "" || text === "") return text === "" ? [] : [{ text, match: false }];
  const pattern = new RegExp(escapeRegExp(query), "giu");
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** How many times the query occurs in the text. */
export function countMatches(text: string, query: string): number {
  return splitHighlights(text, query).filter((part) => part.match).length;
}

export type LinePiece = { kind: "text"; text: string } | { kind: "break" };

/** A part's text split at line breaks, so that a collapsed row can show each break as a marker. */
export function splitLineBreaks(text: string): LinePiece[] {
  const pieces: LinePiece[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (index > 0) pieces.push({ kind: "break" });
    if (line !== "") pieces.push({ kind: "text", text: line });
  });
  return pieces;
}

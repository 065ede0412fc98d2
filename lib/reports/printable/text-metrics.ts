// Text widths in Helvetica, the PDF's built-in font; the HTML asks for Helvetica, Arial or Liberation
// Sans, which share its metrics. Layouts wrap labels with these widths so that figure text fits its box
// in both formats without measuring in a browser.

// Advance widths (1/1000 em) of ASCII 32-126, from the Adobe AFM files that pdfkit ships.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 222, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 278, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
];
// Anything beyond ASCII is taken as wide as an "M"-ish letter, so estimates err towards more room.
const OTHER = 780;

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
}

export function textWidth(text: string, style: TextStyle): number {
  const table = style.bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    units += code >= 32 && code <= 126 ? table[code - 32] : OTHER;
  }
  return (units / 1000) * style.fontSize;
}

const ELLIPSIS = "…";

/** The longest prefix of `text` that fits `width` with an ellipsis after it. */
function truncate(text: string, width: number, style: TextStyle): string {
  const chars = Array.from(text);
  while (chars.length > 0 && textWidth(chars.join("") + ELLIPSIS, style) > width) chars.pop();
  return chars.join("").trimEnd() + ELLIPSIS;
}

/** Pieces of `text` that fit `width`, cut between any two characters. */
function splitAnywhere(text: string, width: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of text) {
    if (piece !== "" && textWidth(piece + char, style) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * A word wider than the line (an identifier, a path, a hash) cut into pieces that fit: after a hyphen,
 * slash, dot, colon or underscore where one is near enough ("Qwen2.5-7B-" / "Instruct"), else anywhere.
 */
function splitWord(word: string, width: number, style: TextStyle): string[] {
  const segments = word.match(/[^-/.:_]*[-/.:_]+|[^-/.:_]+$/g) ?? [word];
  const pieces: string[] = [];
  let piece = "";
  for (const segment of segments) {
    if (textWidth(piece + segment, style) <= width) {
      piece += segment;
      continue;
    }
    if (piece !== "") pieces.push(piece);
    if (textWidth(segment, style) <= width) piece = segment;
    else {
      const cut = splitAnywhere(segment, width, style);
      pieces.push(...cut.slice(0, -1));
      piece = cut[cut.length - 1] ?? "";
    }
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * `text` in lines no wider than `width`, broken at spaces (and inside words too long for a line). Past
 * `maxLines`, the last line ends in an ellipsis, so a label never runs into its neighbour.
 */
export function wrapText(text: string, width: number, style: TextStyle, maxLines = Number.POSITIVE_INFINITY): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (textWidth(word, style) > width ? splitWord(word, width, style) : [word]));
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, style) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, style);
  return kept;
}

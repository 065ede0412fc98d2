// Long model names under a chart's x axis: broken into lines at spaces, each at most `width` characters;
// a word longer than a line (an experiment path, "preference_numbers/owl") is broken after a "/" or "_",
// else cut, so that no label runs into its neighbour.

/** "GPT-4.1 nano owl-numbers student" (16) -> ["GPT-4.1 nano", "owl-numbers", "student"]; at most `maxLines`, the last ending in "…". */
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => splitLong(w, width))) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/** A word longer than `width`, in pieces: after its last "/" or "_" that fits, else at `width`. */
function splitLong(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > width) {
    const head = rest.slice(0, width);
    const cut = Math.max(head.lastIndexOf("/"), head.lastIndexOf("_"));
    const at = cut > 0 ? cut + 1 : width;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return rest ? [...pieces, rest] : pieces;
}

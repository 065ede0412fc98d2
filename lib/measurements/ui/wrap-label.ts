// Long model names under a chart's x axis: broken into lines at spaces, each at most `width` characters.

/** "GPT-4.1 nano owl-numbers student" (16) -> ["GPT-4.1 nano", "owl-numbers", "student"]; at most `maxLines`, the last ending in "…". */
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
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

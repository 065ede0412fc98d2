// Every piece of bundle text passes through here before it reaches the HTML report: names can hold markup.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Cell text with its "\n" line breaks kept as <br>. */
export function escapeLines(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}

/** A number for an SVG attribute: rounded to 0.1, so files stay small and stable. */
export const n = (value: number) => String(Math.round(value * 10) / 10);

// The lineage figure as inline SVG, one <svg> per slice when it is too tall for a page.
import { fitFigure } from "../figure-slices";
import type { LineageFigure } from "../lineage-figure-layout";
import { FIGURE_FONT } from "../lineage-figure-layout";
import { ACCENT, MUTED, ROLE_COLOURS, FAINT } from "../report-palette";
import { escapeHtml, n } from "./escape-html";

/** Landscape A4 less the page margins and room for the heading and caption, in points. */
const FIGURE_PAGE = { width: 762, height: 400 } as const;

function nodeSvg(node: LineageFigure["nodes"][number]): string {
  const colours = ROLE_COLOURS[node.role];
  const stroke = node.subject ? ACCENT : colours.stroke;
  const strokeWidth = node.subject ? 2.4 : 1;
  const shape = node.outline
    ? `<path d="${node.outline}" fill="${colours.fill}" stroke="${stroke}" stroke-width="${strokeWidth}"/><path d="${node.rim}" fill="none" stroke="${stroke}" stroke-width="${strokeWidth}"/>`
    : `<rect x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="6" fill="${colours.fill}" stroke="${stroke}" stroke-width="${strokeWidth}"/>`;
  const text = node.lines
    .map((line) => {
      const style =
        line.kind === "name"
          ? `font-size="${FIGURE_FONT.name}" font-weight="700" fill="#0f172a"`
          : line.kind === "tag"
            ? `font-size="${FIGURE_FONT.tag}" font-weight="700" fill="${ACCENT}" letter-spacing="0.4"`
            : `font-size="${FIGURE_FONT.detail}" fill="${MUTED}"`;
      return `<text x="${n(line.x)}" y="${n(line.y)}" ${style}>${escapeHtml(line.text)}</text>`;
    })
    .join("");
  return `<g class="node" data-id="${escapeHtml(node.id)}">${shape}${text}</g>`;
}

function edgeSvg(edge: LineageFigure["edges"][number]): string {
  const dashed = edge.kind === "initialized_from";
  const colour = dashed ? FAINT : MUTED;
  const label = edge.label;
  return (
    `<g class="edge">` +
    `<path d="${edge.path}" fill="none" stroke="${colour}" stroke-width="1"${dashed ? ' stroke-dasharray="4 3"' : ""}/>` +
    `<path d="${edge.arrowHead}" fill="${colour}"/>` +
    `<rect x="${n(label.x)}" y="${n(label.y)}" width="${n(label.width)}" height="${n(label.height)}" fill="#ffffff" opacity="0.9"/>` +
    `<text x="${n(label.x + label.width / 2)}" y="${n(label.y + label.height / 2 + FIGURE_FONT.edge * 0.35)}" font-size="${FIGURE_FONT.edge}" fill="${MUTED}" text-anchor="middle" font-style="italic">${escapeHtml(label.text)}</text>` +
    `</g>`
  );
}

export function htmlLineageFigure(figure: LineageFigure): string {
  if (figure.nodes.length === 0) return `<p class="empty">No models or datasets to draw.</p>`;
  const { scale, slices } = fitFigure(figure, figure.nodes, FIGURE_PAGE.width, FIGURE_PAGE.height);
  const content = figure.edges.map(edgeSvg).join("") + figure.nodes.map(nodeSvg).join("");
  return slices
    .map(([top, bottom], i) => {
      const height = bottom - top;
      const label = slices.length > 1 ? `Lineage figure, part ${i + 1} of ${slices.length}` : "Lineage figure";
      return `<svg class="lineage-figure" role="img" aria-label="${label}" viewBox="0 ${n(top)} ${n(figure.width)} ${n(height)}" style="width:${n(figure.width * scale)}pt" xmlns="http://www.w3.org/2000/svg">${content}</svg>`;
    })
    .join("\n");
}

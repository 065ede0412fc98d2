// The lineage figure drawn with pdfkit's vector operators from the same layout as the HTML's: one slice
// of it per page, scaled, clipped to the slice, with only the shapes that reach into the slice drawn.
import type { FigureScale } from "../figure-slices";
import { FIGURE_FONT, type LineageFigure } from "../lineage-figure-layout";
import { ACCENT, FAINT, INK, MUTED, ROLE_COLOURS } from "../report-palette";
import type { PdfCanvas } from "./pdf-canvas";
import { pdfText } from "./pdf-text";

type FigureNode = LineageFigure["nodes"][number];
type FigureEdge = LineageFigure["edges"][number];

function drawNode(canvas: PdfCanvas, node: FigureNode): void {
  const { doc } = canvas;
  const colours = ROLE_COLOURS[node.role];
  const stroke = node.subject ? ACCENT : colours.stroke;
  doc.lineWidth(node.subject ? 2.4 : 1);
  if (node.outline) {
    doc.path(node.outline).fillAndStroke(colours.fill, stroke);
    doc
      .path(node.rim ?? "")
      .strokeColor(stroke)
      .stroke();
  } else {
    doc.roundedRect(node.x, node.y, node.width, node.height, 6).fillAndStroke(colours.fill, stroke);
  }
  for (const line of node.lines) {
    canvas.textAt(pdfText(line.text), line.x, line.y, {
      font: line.kind === "detail" ? "Helvetica" : "Helvetica-Bold",
      size: FIGURE_FONT[line.kind],
      color: line.kind === "name" ? INK : line.kind === "tag" ? ACCENT : MUTED,
    });
  }
}

function drawEdge(canvas: PdfCanvas, edge: FigureEdge): void {
  const { doc } = canvas;
  const dashed = edge.kind === "initialized_from";
  const colour = dashed ? FAINT : MUTED;
  doc.lineWidth(1).strokeColor(colour);
  if (dashed) doc.dash(4, { space: 3 });
  doc.path(edge.path).stroke();
  if (dashed) doc.undash();
  doc.path(edge.arrowHead).fill(colour);
  const { label } = edge;
  doc.save();
  doc.fillOpacity(0.9).rect(label.x, label.y, label.width, label.height).fill("#ffffff");
  doc.restore();
  canvas.textAt(
    pdfText(label.text),
    label.x + label.width / 2,
    label.y + label.height / 2 + FIGURE_FONT.edge * 0.35,
    { font: "Helvetica-Oblique", size: FIGURE_FONT.edge, color: MUTED },
    "middle",
  );
}

const reaches = (top: number, bottom: number, y0: number, y1: number) => y1 >= top && y0 <= bottom;

/** One slice of the figure (the whole of it when it fits a page) at the cursor; returns its printed height. */
export function drawLineageFigure(canvas: PdfCanvas, figure: LineageFigure, fit: FigureScale, slice: number): number {
  const { doc } = canvas;
  const [top, bottom] = fit.slices[slice];
  const width = figure.width * fit.scale;
  const height = (bottom - top) * fit.scale;
  doc.save();
  doc.rect(canvas.left, canvas.y, width, height).clip();
  doc.translate(canvas.left, canvas.y).scale(fit.scale).translate(0, -top);
  for (const edge of figure.edges) {
    const ys = [...edge.points.map((p) => p.y), edge.label.y, edge.label.y + edge.label.height];
    if (reaches(top, bottom, Math.min(...ys), Math.max(...ys))) drawEdge(canvas, edge);
  }
  for (const node of figure.nodes) {
    if (reaches(top, bottom, node.y - 2, node.y + node.height + 2)) drawNode(canvas, node);
  }
  doc.restore();
  return height;
}

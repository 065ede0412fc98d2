// The PDF's lineage section: the figure on landscape pages, one slice a page, the last with its legend
// (node kinds by colour and shape, edge kinds by line) and caption.
import { omittedNote } from "../figure-nodes";
import type { FigureScale } from "../figure-slices";
import type { LineageFigure } from "../lineage-figure-layout";
import type { ReportOutline } from "../report-outline";
import { ACCENT, FAINT, MUTED, ROLE_COLOURS } from "../report-palette";
import { baselineOffset, fontWidth, lineHeight, type PdfCanvas } from "./pdf-canvas";
import { drawSectionHeading } from "./pdf-heading";
import { drawLineageFigure } from "./pdf-lineage-figure";
import { TEXT } from "./pdf-styles";

const SWATCH = { width: 18, height: 10, gap: 4, after: 12 };

type Swatch = (x: number, y: number) => void;

function legendItems(canvas: PdfCanvas, outline: ReportOutline): { label: string; draw: Swatch }[] {
  const { doc } = canvas;
  const box =
    (fill: string, stroke: string, strokeWidth: number, inset: number, radius: number): Swatch =>
    (x, y) =>
      doc
        .roundedRect(x + inset, y + inset, SWATCH.width - 2 * inset, SWATCH.height - 2 * inset, radius)
        .lineWidth(strokeWidth)
        .fillAndStroke(fill, stroke);
  return [
    ...outline.lineage.roles.map(({ role, label }) => ({
      label,
      draw: box(ROLE_COLOURS[role].fill, ROLE_COLOURS[role].stroke, 1, 1, role === "dataset" ? 3.5 : 2),
    })),
    ...(outline.lineage.highlightSubject ? [{ label: "Report subject", draw: box("#ffffff", ACCENT, 2, 1.2, 2) }] : []),
    ...outline.lineage.edgeKinds.map(({ kind, label }) => {
      const colour = kind === "initialized_from" ? FAINT : MUTED;
      const draw: Swatch = (x, y) => {
        doc.lineWidth(1.2).strokeColor(colour);
        if (kind === "initialized_from") doc.dash(3, { space: 2 });
        doc
          .moveTo(x, y + 5)
          .lineTo(x + 13, y + 5)
          .stroke();
        doc.undash();
        doc.polygon([x + 18, y + 5], [x + 13, y + 2.4], [x + 13, y + 7.6]).fill(colour);
      };
      return { label, draw };
    }),
  ];
}

function drawLegend(canvas: PdfCanvas, outline: ReportOutline): void {
  const row = lineHeight(TEXT.legend) + 3;
  canvas.y += 6;
  let x = canvas.left;
  for (const item of legendItems(canvas, outline)) {
    const width = SWATCH.width + SWATCH.gap + fontWidth(item.label, TEXT.legend.font, TEXT.legend.size);
    if (x > canvas.left && x + width > canvas.left + canvas.width) {
      x = canvas.left;
      canvas.y += row;
    }
    item.draw(x, canvas.y + (lineHeight(TEXT.legend) - SWATCH.height) / 2);
    canvas.textAt(item.label, x + SWATCH.width + SWATCH.gap, canvas.y + baselineOffset(TEXT.legend), TEXT.legend);
    x += width + SWATCH.after;
  }
  canvas.y += row;
}

export function drawLineageSection(
  canvas: PdfCanvas,
  outline: ReportOutline,
  figure: LineageFigure,
  fit: FigureScale,
): void {
  fit.slices.forEach((_, slice) => {
    canvas.addPage("landscape");
    const part = fit.slices.length > 1 ? ` (part ${slice + 1} of ${fit.slices.length})` : "";
    drawSectionHeading(canvas, `2. Lineage${part}`);
    if (figure.nodes.length === 0) canvas.paragraph("No models or datasets to draw.", TEXT.empty);
    else canvas.y += drawLineageFigure(canvas, figure, fit, slice);
  });
  drawLegend(canvas, outline);
  canvas.runs(
    [
      { text: "Figure 1. Lineage. ", style: TEXT.smallBold },
      { text: outline.lineage.caption + omittedNote(figure), style: TEXT.small },
    ],
    { marginTop: 4 },
  );
}

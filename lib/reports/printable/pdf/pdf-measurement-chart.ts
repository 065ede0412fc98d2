// A trait's chart drawn with pdfkit's vector operators from layoutMeasurementChart. A chart taller than a
// page (hundreds of models) is drawn in slices cut between rows; each slice draws only its own rows.
import {
  CHART_FONT,
  LEGEND_SWATCH,
  type ChartLegendItem,
  type MeasurementChartLayout,
} from "../measurement-chart-layout";
import { GRID, INK, MUTED, ROLE_COLOURS, RULE, SUBJECT_BAND } from "../report-palette";
import type { PdfCanvas } from "./pdf-canvas";
import { pdfText } from "./pdf-text";
import type { PdfFont } from "./pdf-styles";

type Doc = PDFKit.PDFDocument;

const font = (size: number, color: string, bold = false) => ({
  font: (bold ? "Helvetica-Bold" : "Helvetica") as PdfFont,
  size,
  color,
});

const line = (doc: Doc, x1: number, y1: number, x2: number, y2: number, colour: string, width: number) =>
  doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(colour).stroke();

/** An arrowhead at a whisker's end where the interval was cut at the axis. */
const arrow = (doc: Doc, x: number, y: number, direction: -1 | 1, colour: string) =>
  doc.polygon([x + direction * 4, y], [x, y - 3], [x, y + 3]).fill(colour);

const circle = (doc: Doc, x: number, y: number, r: number, fill: string, stroke: string, width: number) =>
  doc.circle(x, y, r).lineWidth(width).fillAndStroke(fill, stroke);

function drawLegendSymbol(doc: Doc, item: ChartLegendItem): void {
  const mid = item.x + LEGEND_SWATCH / 2;
  const end = item.x + LEGEND_SWATCH - 1;
  switch (item.kind) {
    case "point":
      doc.circle(mid, item.y, 3.2).fill(MUTED);
      return;
    case "whisker":
      line(doc, item.x + 1, item.y, end, item.y, MUTED, 1.2);
      line(doc, item.x + 1, item.y - 3, item.x + 1, item.y + 3, MUTED, 1.2);
      line(doc, end, item.y - 3, end, item.y + 3, MUTED, 1.2);
      return;
    case "seed":
      circle(doc, mid, item.y, 1.8, "#ffffff", MUTED, 0.8);
      return;
    case "baseline":
      doc.dash(3, { space: 2 });
      line(doc, mid, item.y - 5, mid, item.y + 5, INK, 1);
      doc.undash();
      return;
    case "subject":
      doc.rect(item.x, item.y - 4.5, LEGEND_SWATCH, 9).fill(SUBJECT_BAND);
      return;
    case "clipped":
      line(doc, item.x + 1, item.y, item.x + LEGEND_SWATCH - 5, item.y, MUTED, 1.2);
      arrow(doc, item.x + LEGEND_SWATCH - 5, item.y, 1, MUTED);
      return;
  }
}

/** The chart's part between `top` and `bottom` (chart units, which are points) at the cursor. */
export function drawMeasurementChart(
  canvas: PdfCanvas,
  layout: MeasurementChartLayout,
  [top, bottom]: [number, number],
): void {
  const { doc } = canvas;
  const { plot } = layout;
  const rows = layout.rows.filter((row) => row.top + row.height >= top && row.top <= bottom);
  doc.save();
  doc.rect(canvas.left, canvas.y, layout.width, bottom - top).clip();
  doc.translate(canvas.left, canvas.y - top);
  for (const row of rows) if (row.labelBold) doc.rect(0, row.top, layout.width, row.height).fill(SUBJECT_BAND);
  const gridTop = Math.max(plot.top, top);
  const gridBottom = Math.min(plot.bottom, bottom);
  for (const tick of layout.ticks) line(doc, tick.x, gridTop, tick.x, gridBottom, GRID, 0.6);
  for (const row of rows) if (row !== layout.rows[0]) line(doc, 0, row.top, layout.width, row.top, GRID, 0.5);
  line(doc, 0, plot.top - 0.5, layout.width, plot.top - 0.5, RULE, 0.6);
  for (const heading of layout.headings)
    canvas.textAt(heading.text, heading.x, heading.y, font(CHART_FONT.legend, MUTED, true));
  line(doc, plot.left, plot.bottom, plot.right, plot.bottom, MUTED, 0.8);
  for (const tick of layout.ticks) {
    line(doc, tick.x, plot.bottom, tick.x, plot.bottom + 3, MUTED, 0.8);
    canvas.textAt(tick.label, tick.x, plot.bottom + 5 + CHART_FONT.tick, font(CHART_FONT.tick, MUTED), "middle");
  }
  canvas.textAt(layout.axisTitle.text, layout.axisTitle.x, layout.axisTitle.y, font(CHART_FONT.title, INK), "middle");
  for (const base of layout.baselines) {
    doc.dash(3, { space: 2 });
    line(doc, base.x, Math.max(base.y1, top), base.x, Math.min(base.y2, bottom), INK, 1);
    doc.undash();
    const x = base.anchor === "start" ? base.x + 3 : base.x - 3;
    canvas.textAt(pdfText(base.label), x, base.labelY, font(CHART_FONT.legend, INK), base.anchor);
  }
  for (const row of rows) {
    const colour = ROLE_COLOURS[row.row.role].ink;
    for (const label of row.labelLines)
      canvas.textAt(pdfText(label.text), layout.labelX, label.y, font(CHART_FONT.label, INK, row.labelBold));
    const { whisker } = row;
    if (whisker) {
      line(doc, whisker.x1, row.y, whisker.x2, row.y, colour, 1.3);
      if (whisker.clippedLow) arrow(doc, whisker.x1, row.y, -1, colour);
      else line(doc, whisker.x1, row.y - 3.5, whisker.x1, row.y + 3.5, colour, 1.3);
      if (whisker.clippedHigh) arrow(doc, whisker.x2, row.y, 1, colour);
      else line(doc, whisker.x2, row.y - 3.5, whisker.x2, row.y + 3.5, colour, 1.3);
    }
    for (const seed of row.seeds) circle(doc, seed.x, seed.y, seed.r, "#ffffff", colour, 0.8);
    circle(doc, row.point.x, row.point.y, row.point.r, colour, "#ffffff", 0.6);
    const baseline = row.y + CHART_FONT.value * 0.35;
    canvas.textAt(row.valueText, layout.valueX, baseline, font(CHART_FONT.value, INK, true));
    canvas.textAt(pdfText(row.intervalText), layout.intervalX, baseline, font(CHART_FONT.value, MUTED));
  }
  for (const item of layout.legend) {
    drawLegendSymbol(doc, item);
    canvas.textAt(
      item.label,
      item.x + LEGEND_SWATCH + 4,
      item.y + CHART_FONT.legend * 0.35,
      font(CHART_FONT.legend, INK),
    );
  }
  doc.restore();
}

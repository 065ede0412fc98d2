// The PDF's charts, one per trait, and the table of every measurement.
import { sliceAt } from "../figure-slices";
import { layoutMeasurementChart } from "../measurement-chart-layout";
import type { ReportOutline } from "../report-outline";
import { lineHeight, linesOf, type PdfCanvas } from "./pdf-canvas";
import { drawSectionHeading, drawSubheading } from "./pdf-heading";
import { drawMeasurementChart } from "./pdf-measurement-chart";
import { drawTable } from "./pdf-table";
import { pdfText } from "./pdf-text";
import { CONTENT_WIDTH, TEXT } from "./pdf-styles";

export function drawMeasurementsSection(canvas: PdfCanvas, outline: ReportOutline): void {
  canvas.addPage("portrait");
  drawSectionHeading(canvas, "4. Measurements");
  if (outline.charts.length === 0) canvas.paragraph(outline.tables.measurements.empty, TEXT.empty);
  for (const chart of outline.charts) {
    const layout = layoutMeasurementChart(chart.series, { width: CONTENT_WIDTH });
    const lead = `Figure ${chart.figureNumber}. ${chart.title}. `;
    const captionHeight =
      4 + linesOf(pdfText(lead + chart.caption), canvas.width, TEXT.small).length * lineHeight(TEXT.small);
    const titleHeight = 10 + lineHeight(TEXT.h3) + 4;
    // Title, chart and caption on one page when they fit one; a taller chart in slices cut between rows.
    const whole = titleHeight + layout.height + captionHeight;
    // A chart taller than a page starts on a fresh one.
    canvas.ensure(Math.min(whole, canvas.pageRoom));
    drawSubheading(canvas, chart.title);
    const slices: [number, number][] =
      layout.height <= canvas.bottom - canvas.y - captionHeight
        ? [[0, layout.height]]
        : sliceAt(
            layout.height,
            layout.rows.map((row) => ({ y: row.top, height: row.height })),
            canvas.pageRoom - titleHeight - captionHeight,
          );
    slices.forEach((slice, i) => {
      if (i > 0) canvas.addPage("portrait");
      drawMeasurementChart(canvas, layout, slice);
      canvas.y += slice[1] - slice[0];
    });
    canvas.runs(
      [
        { text: lead, style: TEXT.smallBold },
        { text: chart.caption, style: TEXT.small },
      ],
      { marginTop: 4, marginBottom: 12 },
    );
  }
  if (outline.tables.measurements.rows.length > 0) drawTable(canvas, outline.tables.measurements, "Every measurement");
}

// The printable report as an A4 PDF, written with pdfkit: built-in Helvetica and Courier only (no font
// fetched or embedded), lines broken by us with Helvetica's metrics (never hyphenated), and pages filled
// in one pass, so that the time taken grows with the length of the report and no more (a layout engine
// laid out a 100-model report's tables again at every page break: 40 s; this: under a second).
// The signature slot goes in the document's Keywords, which pdfkit writes as a literal ASCII string in
// its own uncompressed object, so it can be found and filled in the bytes after rendering.
// A report of demo data says DEMO in its Title and Subject, under its title, and on every page.
import { BLANK_SLOT } from "../signature-slot";
import type { ProvenanceBundle } from "../provenance.types";
import { fitFigure } from "./figure-slices";
import { layoutLineageFigure } from "./lineage-figure-layout";
import { PdfCanvas } from "./pdf/pdf-canvas";
import { drawExposureSection } from "./pdf/pdf-exposure-section";
import { drawLineageSection } from "./pdf/pdf-lineage-section";
import { drawMeasurementsSection } from "./pdf/pdf-measurements-section";
import { drawPageFrames } from "./pdf/pdf-page-frame";
import { drawRecordsSection } from "./pdf/pdf-records-section";
import { drawSummarySection } from "./pdf/pdf-summary-section";
import { drawTitleSection } from "./pdf/pdf-title-section";
import { drawVerificationSection } from "./pdf/pdf-verification-section";
import { DEMO_BANNER_ROOM, LANDSCAPE_CONTENT_HEIGHT, LANDSCAPE_CONTENT_WIDTH } from "./pdf/pdf-styles";
import { pdfText } from "./pdf/pdf-text";
import { reportOutline } from "./report-outline";
import { formatWhen } from "./report-words";

/** Room on a landscape page for the heading above the figure and the legend and caption below it. */
const FIGURE_CHROME = 95;

/** The stages of a render, in order, as progress reports name them. */
export type PdfRenderStage =
  | "laying out the lineage figure"
  | "writing the summary"
  | "drawing the lineage figure"
  | "writing the tables of records"
  | "drawing the measurement charts"
  | "writing the exposure paths"
  | "finishing the pages";

export async function renderPdfReport(
  bundle: ProvenanceBundle,
  onStage: (stage: PdfRenderStage) => void = () => undefined,
): Promise<Buffer> {
  onStage("laying out the lineage figure");
  const outline = reportOutline(bundle);
  const figure = layoutLineageFigure(bundle);
  const { demo } = outline;
  const fit = fitFigure(
    figure,
    figure.nodes,
    LANDSCAPE_CONTENT_WIDTH,
    LANDSCAPE_CONTENT_HEIGHT - FIGURE_CHROME - (demo ? DEMO_BANNER_ROOM : 0),
  );
  const generated = new Date(bundle.generatedAt);
  const about = `Provenance of ${bundle.subject.name}, report ${bundle.reportId}`;
  const made = pdfText(`${bundle.instance.name} ${bundle.instance.version}`);
  const canvas = PdfCanvas.create(
    {
      Title: pdfText(outline.title),
      Author: pdfText(bundle.generatedBy),
      Subject: pdfText(demo ? `${demo.label}. ${about}. ${demo.statement}` : about),
      Keywords: BLANK_SLOT,
      Creator: made,
      Producer: made,
      CreationDate: generated,
      ModDate: generated,
    },
    demo !== null,
  );

  onStage("writing the summary");
  canvas.addPage("portrait");
  drawTitleSection(canvas, outline, bundle.subject.name);
  drawSummarySection(canvas, outline);
  onStage("drawing the lineage figure");
  drawLineageSection(canvas, outline, figure, fit);
  onStage("writing the tables of records");
  drawRecordsSection(canvas, outline);
  onStage("drawing the measurement charts");
  drawMeasurementsSection(canvas, outline);
  onStage("writing the exposure paths");
  drawExposureSection(canvas, outline);
  drawVerificationSection(canvas, outline);
  onStage("finishing the pages");
  drawPageFrames(canvas, canvas.orientations, {
    subject: bundle.subject.name,
    reportId: bundle.reportId,
    generated: `${formatWhen(bundle.generatedAt)} by ${bundle.generatedBy}`,
    demo: demo !== null,
  });
  return canvas.finish();
}

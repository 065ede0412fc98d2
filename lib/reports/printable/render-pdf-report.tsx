// The printable report as an A4 PDF (react-pdf, built-in Helvetica: no font fetched at render time).
// The signature slot goes in the document's Keywords, which react-pdf writes as a literal ASCII string
// in the uncompressed Info dictionary, so it can be found and filled in the bytes after rendering.
// A report of demo data says DEMO in its Title and Subject, under its title, and on every page.
import { Document, Font, Page, renderToBuffer } from "@react-pdf/renderer";
import { BLANK_SLOT } from "../signature-slot";
import type { ProvenanceBundle } from "../provenance.types";
import { fitFigure } from "./figure-slices";
import { layoutLineageFigure } from "./lineage-figure-layout";
import { PdfDemoWatermark } from "./pdf/pdf-demo-mark";
import { PdfPageFrame } from "./pdf/pdf-page-frame";
import { ExposureSection } from "./pdf/pdf-exposure-section";
import { LineageSlice } from "./pdf/pdf-lineage-section";
import { MeasurementsSection } from "./pdf/pdf-measurements-section";
import { RecordsSection } from "./pdf/pdf-records-section";
import { SummarySection } from "./pdf/pdf-summary-section";
import { TitleSection } from "./pdf/pdf-title-section";
import { VerificationSection } from "./pdf/pdf-verification-section";
import { DEMO_BANNER_ROOM, LANDSCAPE_CONTENT_HEIGHT, LANDSCAPE_CONTENT_WIDTH, styles } from "./pdf/pdf-styles";
import { pdfText } from "./pdf/pdf-text";
import { reportOutline } from "./report-outline";
import { formatWhen } from "./report-words";

// react-pdf hyphenates English words by default, which would put hyphens into identifiers and addresses
// ("ver-ify"). Words break only at spaces, except those too long for any line, which break every 24
// characters. (A process-wide setting; this module is react-pdf's only user.)
Font.registerHyphenationCallback((word) => (word.length > 36 ? (word.match(/.{1,24}/gu) ?? [word]) : [word]));

/** Room on a landscape page for the heading above the figure and the legend and caption below it. */
const FIGURE_CHROME = 95;

export async function renderPdfReport(bundle: ProvenanceBundle): Promise<Buffer> {
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
  const frame = (
    <PdfPageFrame
      subject={bundle.subject.name}
      reportId={bundle.reportId}
      generated={`${formatWhen(bundle.generatedAt)} by ${bundle.generatedBy}`}
      demo={demo !== null}
    />
  );
  const pageStyle = demo ? [styles.page, styles.demoPage] : styles.page;
  // Last on each page, so that it is drawn over the content rather than hidden under a figure.
  const watermark = (orientation: "portrait" | "landscape") =>
    demo ? <PdfDemoWatermark orientation={orientation} /> : null;
  const about = `Provenance of ${bundle.subject.name}, report ${bundle.reportId}`;

  const document = (
    <Document
      title={pdfText(outline.title)}
      author={pdfText(bundle.generatedBy)}
      subject={pdfText(demo ? `${demo.label}. ${about}. ${demo.statement}` : about)}
      keywords={BLANK_SLOT}
      creator={pdfText(`${bundle.instance.name} ${bundle.instance.version}`)}
      producer={pdfText(`${bundle.instance.name} ${bundle.instance.version}`)}
      language="en"
      creationDate={generated}
      modificationDate={generated}
    >
      <Page size="A4" style={pageStyle}>
        {frame}
        <TitleSection outline={outline} subjectName={bundle.subject.name} />
        <SummarySection outline={outline} />
        {watermark("portrait")}
      </Page>
      {fit.slices.map((_, slice) => (
        <Page key={`lineage-${slice}`} size="A4" orientation="landscape" style={pageStyle}>
          {frame}
          <LineageSlice outline={outline} figure={figure} fit={fit} slice={slice} />
          {watermark("landscape")}
        </Page>
      ))}
      <Page size="A4" style={pageStyle}>
        {frame}
        <RecordsSection outline={outline} />
        {watermark("portrait")}
      </Page>
      <Page size="A4" style={pageStyle}>
        {frame}
        <MeasurementsSection outline={outline} />
        {watermark("portrait")}
      </Page>
      <Page size="A4" style={pageStyle}>
        {frame}
        <ExposureSection outline={outline} />
        <VerificationSection outline={outline} />
        {watermark("portrait")}
      </Page>
    </Document>
  );
  return renderToBuffer(document);
}

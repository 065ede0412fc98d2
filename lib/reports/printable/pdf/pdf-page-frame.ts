// Running header and footer of every PDF page (the report and its subject, the page number); on a report
// of demo data also the DEMO banner under the header and the watermark over the content. Drawn once every
// page exists, so that the footer can say how many there are and the watermark lies over everything.
import { RULE } from "../report-palette";
import { fontWidth, type PdfCanvas } from "./pdf-canvas";
import { drawDemoBanner, drawDemoWatermark } from "./pdf-demo-mark";
import { pdfText } from "./pdf-text";
import { PAGE_MARGIN, PAGE_SIZE, TEXT, type Orientation } from "./pdf-styles";

interface PageFrame {
  subject: string;
  reportId: string;
  generated: string;
  demo: boolean;
}

export function drawPageFrames(canvas: PdfCanvas, orientations: readonly Orientation[], frame: PageFrame): void {
  const { doc } = canvas;
  const style = TEXT.running;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const { width, height } = PAGE_SIZE[orientations[i]];
    const left = PAGE_MARGIN.side;
    const right = width - PAGE_MARGIN.side;
    // The header's box starts 18 pt from the top; its text sits on one 8.4 pt line, then 3 pt and a rule.
    const headerBaseline = 18 + (8.4 - 0.925 * style.size) / 2 + 0.718 * style.size;
    canvas.textAt(pdfText(`Pedigree provenance report: ${frame.subject}`), left, headerBaseline, style);
    canvas.textAt(pdfText(frame.reportId), right, headerBaseline, style, "end");
    canvas.rule(18 + 8.4 + 3 + 0.25, RULE, 0.5, left, right - left);
    const footerTop = height - 18 - 8.4 - 3;
    canvas.rule(footerTop - 0.25, RULE, 0.5, left, right - left);
    const footerBaseline = footerTop + 3 + headerBaseline - 18;
    canvas.textAt(pdfText(`Generated ${frame.generated}`), left, footerBaseline, style);
    const page = `page ${i + 1} of ${range.count}`;
    canvas.textAt(page, right - fontWidth(page, style.font, style.size), footerBaseline, style);
    if (frame.demo) {
      drawDemoBanner(canvas, width);
      drawDemoWatermark(canvas, orientations[i]);
    }
  }
}

// The PDF's plain-language summary.
import { ACCENT } from "../report-palette";
import type { ReportOutline } from "../report-outline";
import { lineHeight, linesOf, type PdfCanvas } from "./pdf-canvas";
import { drawSectionHeading } from "./pdf-heading";
import { pdfText } from "./pdf-text";
import { TEXT } from "./pdf-styles";

const SUBJECT_INDENT = 10.5;

export function drawSummarySection(canvas: PdfCanvas, outline: ReportOutline): void {
  const { summary } = outline;
  drawSectionHeading(canvas, "1. Summary");
  canvas.paragraph(summary.scope, TEXT.body);
  for (const subject of summary.subjects) {
    // Each subject's account kept on one page, marked by an accent rule down its left side.
    const width = canvas.width - SUBJECT_INDENT;
    const paragraphs = subject.paragraphs.map((p) => linesOf(pdfText(p), width, TEXT.body));
    const height =
      8 +
      linesOf(pdfText(subject.name), width, TEXT.h3).length * lineHeight(TEXT.h3) +
      4 +
      paragraphs.reduce((sum, lines) => sum + lines.length * lineHeight(TEXT.body) + 5, 0);
    if (height <= canvas.pageRoom) canvas.ensure(height);
    canvas.y += 8;
    const page = canvas.pageCount;
    const top = canvas.y;
    const x = canvas.left + SUBJECT_INDENT;
    canvas.lines(linesOf(pdfText(subject.name), width, TEXT.h3), TEXT.h3, { x });
    canvas.y += 4;
    for (const lines of paragraphs) {
      canvas.lines(lines, TEXT.body, { x, width });
      canvas.y += 5;
    }
    // An account longer than a page is ruled only beside its last part.
    const from = canvas.pageCount === page ? top : canvas.top;
    if (canvas.y > from) {
      canvas.doc
        .moveTo(canvas.left + 1.25, from)
        .lineTo(canvas.left + 1.25, canvas.y)
        .lineWidth(2.5)
        .strokeColor(ACCENT)
        .stroke();
    }
  }
  if (summary.rest) canvas.paragraph(summary.rest, TEXT.body, { marginTop: 8 });
  canvas.paragraph(summary.background, TEXT.background, { marginTop: 8, marginBottom: 0 });
  canvas.paragraph(summary.reference, TEXT.small, { marginTop: 3, marginBottom: 0 });
}

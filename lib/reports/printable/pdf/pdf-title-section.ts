// The PDF's title block: the subject, and what identifies this report; on a report of demo data the title
// says DEMO and the notice follows it.
import { ACCENT, DEMO_RED } from "../report-palette";
import type { ReportOutline } from "../report-outline";
import type { PdfCanvas } from "./pdf-canvas";
import { drawDemoNotice } from "./pdf-demo-mark";
import { drawFields } from "./pdf-fields";
import { pdfText } from "./pdf-text";
import { TEXT } from "./pdf-styles";

export function drawTitleSection(canvas: PdfCanvas, outline: ReportOutline, subjectName: string): void {
  canvas.rule(canvas.y + 2, ACCENT, 4);
  canvas.y += 4 + 10;
  canvas.textAt("PEDIGREE · PROVENANCE REPORT", canvas.left, canvas.y + 8, TEXT.eyebrow, "start", 0.8);
  canvas.y += 8 * 1.2 + 4;
  canvas.runs(
    [
      ...(outline.demo ? [{ text: "DEMO · ", style: { ...TEXT.title, color: DEMO_RED } }] : []),
      { text: subjectName, style: TEXT.title },
    ],
    { marginBottom: 2 },
  );
  canvas.paragraph(pdfText(outline.scopeLabel), TEXT.muted, { marginBottom: 10 });
  if (outline.demo) drawDemoNotice(canvas, outline.demo);
  drawFields(canvas, outline.titleBlock);
}

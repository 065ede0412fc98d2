// The PDF's verification section: identifiers and how to check the signature kept in the metadata.
import type { ReportOutline } from "../report-outline";
import { baselineOffset, lineHeight, linesOf, type PdfCanvas } from "./pdf-canvas";
import { drawFields } from "./pdf-fields";
import { drawSectionHeading } from "./pdf-heading";
import { pdfText } from "./pdf-text";
import { TEXT } from "./pdf-styles";

const SIGNED =
  "This file is signed with the instance's Ed25519 key. The signature is written into the file's metadata (its Keywords) after the pages are drawn, so it cannot be printed here; it covers every byte of the file with the signature itself blanked, so any change to the file breaks it.";
const STEP_NUMBER = 14;

export function drawVerificationSection(canvas: PdfCanvas, outline: ReportOutline): void {
  const v = outline.verification;
  const stepWidth = canvas.width - STEP_NUMBER;
  const steps = v.steps.map((step) => linesOf(pdfText(step), stepWidth, TEXT.body));
  const fieldLines = v.fields.reduce(
    (sum, field) => sum + linesOf(pdfText(field.value), canvas.width - 18 - 84, TEXT.mono).length,
    0,
  );
  // Kept on one page when it fits one, as the section is read as a whole.
  const height =
    14 +
    30 +
    linesOf(SIGNED, canvas.width, TEXT.body).length * lineHeight(TEXT.body) +
    5 +
    fieldLines * lineHeight(TEXT.mono) +
    v.fields.length * 2 +
    24 +
    steps.reduce((sum, lines) => sum + lines.length * lineHeight(TEXT.body) + 4, 0);
  if (height <= canvas.pageRoom) canvas.ensure(height);
  canvas.y += 14;
  drawSectionHeading(canvas, "6. Verification");
  canvas.paragraph(SIGNED, TEXT.body);
  drawFields(
    canvas,
    v.fields.map((field) => ({ ...field, mono: true })),
  );
  steps.forEach((lines, i) => {
    canvas.ensure(lines.length * lineHeight(TEXT.body));
    canvas.textAt(`${i + 1}.`, canvas.left, canvas.y + baselineOffset(TEXT.body), TEXT.step);
    canvas.lines(lines, TEXT.body, { x: canvas.left + STEP_NUMBER, width: stepWidth });
    canvas.y += 4;
  });
}

// A boxed list of labelled values (the title block, the verification identifiers): labels in a column of
// their own, values wrapped beside them, monospaced where they are hashes or identifiers.
import { RULE } from "../report-palette";
import { baselineOffset, lineHeight, linesOf, type PdfCanvas } from "./pdf-canvas";
import { pdfText } from "./pdf-text";
import { TEXT } from "./pdf-styles";

const LABEL_WIDTH = 84;
const PADDING = { x: 9, y: 6 };

export function drawFields(
  canvas: PdfCanvas,
  fields: readonly { label: string; value: string; mono?: boolean }[],
  marginBottom = 12,
): void {
  const valueWidth = canvas.width - 2 * PADDING.x - LABEL_WIDTH;
  const rows = fields.map((field) => {
    const style = field.mono ? TEXT.mono : TEXT.body;
    const label = linesOf(pdfText(field.label), LABEL_WIDTH - 4, TEXT.fieldLabel);
    const value = linesOf(pdfText(field.value), valueWidth, style);
    const height = Math.max(label.length * lineHeight(TEXT.fieldLabel), value.length * lineHeight(style)) + 2;
    return { label, value, style, height };
  });
  const height = rows.reduce((sum, row) => sum + row.height, 0) + 2 * PADDING.y;
  canvas.ensure(height);
  const top = canvas.y;
  canvas.doc.rect(canvas.left, top, canvas.width, height).lineWidth(0.75).fillAndStroke("#f8fafc", RULE);
  let y = top + PADDING.y;
  for (const row of rows) {
    row.label.forEach((line, n) => {
      const baseline = y + 1 + n * lineHeight(TEXT.fieldLabel) + baselineOffset(TEXT.fieldLabel);
      canvas.textAt(line, canvas.left + PADDING.x, baseline, TEXT.fieldLabel);
    });
    row.value.forEach((line, n) => {
      // Courier's line sits on the same baseline as the label's Helvetica.
      const baseline = y + 1 + n * lineHeight(row.style) + baselineOffset(TEXT.fieldLabel);
      canvas.textAt(line, canvas.left + PADDING.x + LABEL_WIDTH, baseline, row.style);
    });
    y += row.height;
  }
  canvas.y = top + height + marginBottom;
}

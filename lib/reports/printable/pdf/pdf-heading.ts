// Section and sub-section headings of the PDF.
import { ACCENT } from "../report-palette";
import { lineHeight, linesOf, type PdfCanvas } from "./pdf-canvas";
import { pdfText } from "./pdf-text";
import { TEXT } from "./pdf-styles";

/** "3. Models, datasets…": accent colour, ruled beneath; kept with the first lines of what follows. */
export function drawSectionHeading(canvas: PdfCanvas, text: string): void {
  canvas.ensure(lineHeight(TEXT.h2) + 4.5 + 8 + 40);
  canvas.lines([pdfText(text)], TEXT.h2);
  canvas.y += 3;
  canvas.rule(canvas.y + 0.75, ACCENT, 1.5);
  canvas.y += 1.5 + 8;
}

export function drawSubheading(canvas: PdfCanvas, text: string, { marginTop = 10, marginBottom = 4 } = {}): void {
  const lines = linesOf(pdfText(text), canvas.width, TEXT.h3);
  canvas.ensure(marginTop + lines.length * lineHeight(TEXT.h3) + 30);
  canvas.y += marginTop;
  canvas.lines(lines, TEXT.h3);
  canvas.y += marginBottom;
}

// The DEMO mark of a PDF of demo data. On every page: a banner under the running header, and a diagonal
// watermark drawn over the content (last on the page, so that no figure or table hides it), faint enough
// that the content stays readable. Under the title: the notice, saying how much of the report is demo data.
import { DEMO_BANNER, DEMO_WATERMARK, type DemoMark } from "../../report-demo-mark";
import { DEMO_RED } from "../report-palette";
import { baselineOffset, lineHeight, linesOf, type PdfCanvas } from "./pdf-canvas";
import { pdfText } from "./pdf-text";
import { PAGE_MARGIN, PAGE_SIZE, TEXT, type Orientation } from "./pdf-styles";

const BANNER = { top: 33, font: "Helvetica-Bold", size: 8, color: "#ffffff", padding: [3, 6] } as const;

export function drawDemoBanner(canvas: PdfCanvas, pageWidth: number): void {
  const width = pageWidth - 2 * PAGE_MARGIN.side;
  const line = 8 * 1.2;
  canvas.doc.rect(PAGE_MARGIN.side, BANNER.top, width, line + 2 * BANNER.padding[0]).fill(DEMO_RED);
  canvas.textAt(
    pdfText(DEMO_BANNER),
    pageWidth / 2,
    BANNER.top + BANNER.padding[0] + (line - 0.925 * BANNER.size) / 2 + 0.718 * BANNER.size,
    BANNER,
    "middle",
    0.4,
  );
}

/** The angle of each page's diagonal (atan(842 / 595) is about 55 degrees), about which the mark is turned. */
const ANGLE: Record<Orientation, number> = { portrait: -55, landscape: -35 };
const WORD = { font: "Helvetica-Bold", size: 170, color: DEMO_RED } as const;
const LINE = { font: "Helvetica-Bold", size: 30, color: DEMO_RED } as const;

export function drawDemoWatermark(canvas: PdfCanvas, orientation: Orientation): void {
  const { width, height } = PAGE_SIZE[orientation];
  const { doc } = canvas;
  const [cx, cy] = [width / 2, height / 2];
  // The word on a 170 pt line and the line on a 36 pt one, centred in the box as a block.
  const block = WORD.size + LINE.size * 1.2;
  const top = cy - block / 2;
  doc.save();
  doc.rotate(ANGLE[orientation], { origin: [cx, cy] });
  doc.fillOpacity(0.14);
  canvas.textAt(DEMO_WATERMARK.word, cx, top + (WORD.size - 0.925 * WORD.size) / 2 + 0.718 * WORD.size, WORD, "middle");
  canvas.textAt(
    DEMO_WATERMARK.line,
    cx,
    top + WORD.size + (LINE.size * 1.2 - 0.925 * LINE.size) / 2 + 0.718 * LINE.size,
    LINE,
    "middle",
  );
  doc.restore();
}

/** The notice under the title: a red-framed box with the label and what the data is. */
export function drawDemoNotice(canvas: PdfCanvas, demo: DemoMark): void {
  const inner = canvas.width - 2 * 9;
  const label = linesOf(pdfText(demo.label), inner, TEXT.demoLabel);
  const text = linesOf(pdfText(demo.statement), inner, TEXT.body);
  const height = 7 + label.length * lineHeight(TEXT.demoLabel) + 2 + text.length * lineHeight(TEXT.body) + 7;
  canvas.ensure(height);
  const top = canvas.y;
  canvas.doc.rect(canvas.left, top, canvas.width, height).lineWidth(1.5).fillAndStroke("#fef2f2", DEMO_RED);
  let y = top + 7;
  for (const line of label) {
    canvas.textAt(line, canvas.left + 9, y + baselineOffset(TEXT.demoLabel), TEXT.demoLabel);
    y += lineHeight(TEXT.demoLabel);
  }
  y += 2;
  for (const line of text) {
    canvas.textAt(line, canvas.left + 9, y + baselineOffset(TEXT.body), TEXT.body);
    y += lineHeight(TEXT.body);
  }
  canvas.y = top + height + 12;
}

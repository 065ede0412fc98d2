// The PDF's inherited-exposure section: each path from a trait's source, with its risk. Each exposure is
// a framed box kept on one page when it fits one; its path steps flow along lines with drawn arrows
// between them (Helvetica has no "→"), a step never split from the arrow before it.
import { EXPOSURE_INTRO, NO_EXPOSURE, type ExposureItem } from "../report-exposures";
import type { ReportOutline } from "../report-outline";
import { MUTED, RULE } from "../report-palette";
import { baselineOffset, fontWidth, lineHeight, linesOf, type PdfCanvas } from "./pdf-canvas";
import { drawSectionHeading } from "./pdf-heading";
import { pdfText } from "./pdf-text";
import { TEXT, type PdfTextStyle } from "./pdf-styles";

const PADDING = { x: 8, y: 6 };
const ARROW = { width: 14, margin: 3 };
const PILL = { size: 7, padding: 4, height: 10.4 };
const PATH_LINE = 13;
const RISK = {
  high: { color: "#991b1b", background: "#fee2e2" },
  lower: { color: "#075985", background: "#e0f2fe" },
} as const;

/** A line of the box: its height and how to draw it with its top at `y`. */
interface BoxLine {
  height: number;
  draw: (y: number) => void;
}

function textLines(canvas: PdfCanvas, text: string, style: PdfTextStyle, width: number, x: number): BoxLine[] {
  return linesOf(pdfText(text), width, style).map((line) => ({
    height: lineHeight(style),
    draw: (y: number) => canvas.textAt(line, x, y + baselineOffset(style), style),
  }));
}

function drawArrow(canvas: PdfCanvas, x: number, middle: number): void {
  const { doc } = canvas;
  doc
    .moveTo(x + 1, middle)
    .lineTo(x + 9, middle)
    .lineWidth(1.1)
    .strokeColor(MUTED)
    .stroke();
  doc.polygon([x + 13, middle], [x + 8.5, middle - 2.5], [x + 8.5, middle + 2.5]).fill(MUTED);
}

/** The risk pill and the path's steps, flowed into lines of `width`. */
function pathLines(canvas: PdfCanvas, path: ExposureItem["paths"][number], width: number, x0: number): BoxLine[] {
  const risk = RISK[path.risk];
  const pillWidth = fontWidth(path.riskLabel, "Helvetica-Bold", PILL.size) + 2 * PILL.padding;
  type Piece = { x: number; width: number; draw: (x: number, middle: number) => void };
  const lines: Piece[][] = [[]];
  let cursor = 0;
  const place = (pieceWidth: number, draw: Piece["draw"]) => {
    if (cursor > 0 && cursor + pieceWidth > width) {
      lines.push([]);
      cursor = 0;
    }
    lines[lines.length - 1].push({ x: cursor, width: pieceWidth, draw });
    cursor += pieceWidth;
  };
  place(pillWidth + 5, (x, middle) => {
    canvas.doc.roundedRect(x, middle - PILL.height / 2, pillWidth, PILL.height, 5).fill(risk.background);
    canvas.textAt(path.riskLabel, x + PILL.padding, middle + 0.35 * PILL.size, {
      font: "Helvetica-Bold",
      size: PILL.size,
      color: risk.color,
    });
  });
  path.steps.forEach((step, s) => {
    const arrow = s > 0 ? ARROW.width + 2 * ARROW.margin : 0;
    // A name longer than a line is cut into pieces that each fit one.
    const pieces = linesOf(pdfText(step), width - arrow, TEXT.step);
    pieces.forEach((piece, p) => {
      const before = p === 0 ? arrow : 0;
      place(before + fontWidth(piece, "Helvetica-Bold", TEXT.step.size), (x, middle) => {
        if (before > 0) drawArrow(canvas, x + ARROW.margin, middle);
        canvas.textAt(piece, x + before, middle + 0.35 * TEXT.step.size, TEXT.step);
      });
    });
  });
  return lines.map((pieces) => ({
    height: PATH_LINE,
    draw: (y: number) => {
      for (const piece of pieces) piece.draw(x0 + piece.x, y + PATH_LINE / 2);
    },
  }));
}

function exposureLines(canvas: PdfCanvas, item: ExposureItem): BoxLine[] {
  const x = canvas.left + PADDING.x;
  const width = canvas.width - 2 * PADDING.x;
  const gap = (height: number): BoxLine => ({ height, draw: () => undefined });
  const status = (text: string) => [...textLines(canvas, text, TEXT.muted, width, x), gap(3)];
  return [
    ...textLines(canvas, `${item.model}: ${item.trait}`, TEXT.h3, width, x),
    gap(1),
    ...status(item.statusLabel),
    ...item.details.flatMap(status),
    ...item.paths.flatMap((path) => [
      gap(3),
      ...pathLines(canvas, path, width, x),
      gap(1),
      ...textLines(canvas, path.reason, TEXT.reason, width, x),
    ]),
    ...(item.moreSources ? [gap(1), ...textLines(canvas, item.moreSources, TEXT.reason, width, x)] : []),
  ];
}

function drawExposure(canvas: PdfCanvas, item: ExposureItem): void {
  const lines = exposureLines(canvas, item);
  const height = lines.reduce((sum, line) => sum + line.height, 0) + 2 * PADDING.y;
  canvas.ensure(Math.min(height, canvas.pageRoom));
  let top = canvas.y;
  const frame = (bottom: number) =>
    canvas.doc
      .roundedRect(canvas.left, top, canvas.width, bottom - top, 3)
      .lineWidth(0.75)
      .strokeColor(RULE)
      .stroke();
  canvas.y += PADDING.y;
  for (const line of lines) {
    if (canvas.y + line.height > canvas.bottom) {
      frame(canvas.y);
      canvas.addPage("portrait");
      top = canvas.y;
      canvas.y += PADDING.y;
    }
    line.draw(canvas.y);
    canvas.y += line.height;
  }
  canvas.y += PADDING.y;
  frame(canvas.y);
  canvas.y += 8;
}

export function drawExposureSection(canvas: PdfCanvas, outline: ReportOutline): void {
  canvas.addPage("portrait");
  drawSectionHeading(canvas, "5. Inherited exposure");
  canvas.paragraph(EXPOSURE_INTRO, TEXT.body);
  if (outline.exposures.length === 0) canvas.paragraph(NO_EXPOSURE, TEXT.empty);
  for (const item of outline.exposures) drawExposure(canvas, item);
}

// The PDF being written, page by page: a cursor down the text block of the current page, and text set in
// lines we break ourselves with Helvetica's metrics (text-metrics.ts), so that nothing is laid out twice
// and long tables cost time in proportion to their rows.
import PDFDocument from "pdfkit";
import { textWidth, wrapText } from "../text-metrics";
import { pdfText } from "./pdf-text";
import {
  DEMO_BANNER_ROOM,
  PAGE_MARGIN,
  PAGE_SIZE,
  type Orientation,
  type PdfFont,
  type PdfTextStyle,
} from "./pdf-styles";

/** Courier's advance is 600/1000 em for every character. */
const MONO_ADVANCE = 0.6;

/** A piece of a paragraph set in one style: "Figure 1. Lineage." in bold, then the caption. */
export interface TextRun {
  text: string;
  style: PdfTextStyle;
}

export function fontWidth(text: string, font: PdfFont, size: number): number {
  if (font === "Courier") return Array.from(text).length * MONO_ADVANCE * size;
  return textWidth(text, { fontSize: size, bold: font === "Helvetica-Bold" });
}

/** Lines of Courier text cut to `width`, hex digests in whole groups of 8 characters where the width allows. */
function monoLines(text: string, width: number, size: number): string[] {
  const fits = Math.max(4, Math.floor(width / (MONO_ADVANCE * size)));
  const perLine = fits >= 8 ? fits - (fits % 8) : fits;
  return text.split("\n").flatMap((line) => line.match(new RegExp(`.{1,${perLine}}`, "g")) ?? [""]);
}

/** `text` (already made printable) in lines no wider than `width`; "\n" starts a new line. */
export function linesOf(text: string, width: number, style: PdfTextStyle): string[] {
  if (style.font === "Courier") return monoLines(text, width, style.size);
  return text
    .split("\n")
    .flatMap((line) => wrapText(line, width, { fontSize: style.size, bold: style.font === "Helvetica-Bold" }));
}

/** Where the first baseline of a line box of `style` sits below its top (Helvetica: ascender 718, descender -207). */
export const baselineOffset = (style: PdfTextStyle) =>
  (style.size * style.leading - 0.925 * style.size) / 2 + 0.718 * style.size;

export const lineHeight = (style: PdfTextStyle) => style.size * style.leading;

export class PdfCanvas {
  readonly doc: PDFKit.PDFDocument;
  orientation: Orientation = "portrait";
  /** Top of the next thing on the current page. */
  y = 0;
  /** Pages so far, and the orientation of each (the running header and footer are drawn on them at the end). */
  readonly orientations: Orientation[] = [];
  private readonly demo: boolean;

  constructor(doc: PDFKit.PDFDocument, demo: boolean) {
    this.doc = doc;
    this.demo = demo;
  }

  static create(info: PDFKit.DocumentInfo, demo: boolean): PdfCanvas {
    const doc = new PDFDocument({
      autoFirstPage: false,
      bufferPages: true,
      compress: true,
      lang: "en",
      displayTitle: true,
      info,
    });
    return new PdfCanvas(doc, demo);
  }

  get top(): number {
    return PAGE_MARGIN.top + (this.demo ? DEMO_BANNER_ROOM : 0);
  }
  get left(): number {
    return PAGE_MARGIN.side;
  }
  get width(): number {
    return PAGE_SIZE[this.orientation].width - 2 * PAGE_MARGIN.side;
  }
  get bottom(): number {
    return PAGE_SIZE[this.orientation].height - PAGE_MARGIN.bottom;
  }
  get pageCount(): number {
    return this.orientations.length;
  }
  /** Height of the text block of a fresh page. */
  get pageRoom(): number {
    return this.bottom - this.top;
  }

  addPage(orientation: Orientation = "portrait"): void {
    this.orientation = orientation;
    this.orientations.push(orientation);
    this.doc.addPage({ size: "A4", layout: orientation, margin: 0 });
    this.y = this.top;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom + 0.01 || this.y <= this.top + 0.01) return false;
    this.addPage(this.orientation);
    return true;
  }

  /** One line of text with its baseline at `baseline`; `anchor` is where `x` is on the line. */
  textAt(
    text: string,
    x: number,
    baseline: number,
    style: Pick<PdfTextStyle, "font" | "size" | "color">,
    anchor: "start" | "middle" | "end" = "start",
    characterSpacing = 0,
  ): void {
    if (text === "") return;
    const width = anchor === "start" ? 0 : fontWidth(text, style.font, style.size);
    const left = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
    this.doc
      .font(style.font)
      .fontSize(style.size)
      .fillColor(style.color)
      .text(text, left, baseline, { lineBreak: false, baseline: "alphabetic", characterSpacing });
  }

  /** Lines set from the cursor down, a page break between any two lines that do not fit. */
  lines(
    lines: readonly string[],
    style: PdfTextStyle,
    {
      x = this.left,
      width = this.width,
      align = "left",
    }: { x?: number; width?: number; align?: "left" | "right" | "center" } = {},
  ): void {
    const height = lineHeight(style);
    for (const line of lines) {
      this.ensure(height);
      const anchorX = align === "left" ? x : align === "right" ? x + width : x + width / 2;
      const anchor = align === "left" ? "start" : align === "right" ? "end" : "middle";
      this.textAt(line, anchorX, this.y + baselineOffset(style), style, anchor);
      this.y += height;
    }
  }

  /** A paragraph wrapped to the text block (or `width`), with space after it. */
  paragraph(
    text: string,
    style: PdfTextStyle,
    { x = this.left, width = this.width, marginTop = 0, marginBottom = 5 } = {},
  ): void {
    this.y += marginTop;
    this.lines(linesOf(pdfText(text), width, style), style, { x, width });
    this.y += marginBottom;
  }

  /** A paragraph of runs in different styles, wrapped at spaces; the first run's style sets the line height. */
  runs(runs: readonly TextRun[], { x = this.left, width = this.width, marginTop = 0, marginBottom = 0 } = {}): void {
    const words = runs.flatMap((run) =>
      pdfText(run.text)
        .split(/(?<= )/u)
        .filter(Boolean)
        .map((word) => ({ word, style: run.style })),
    );
    const placed: { word: string; style: PdfTextStyle; x: number }[][] = [[]];
    let cursor = 0;
    for (const { word, style } of words) {
      const w = fontWidth(word.trimEnd(), style.font, style.size);
      if (cursor > 0 && cursor + w > width) {
        placed.push([]);
        cursor = 0;
      }
      placed[placed.length - 1].push({ word, style, x: cursor });
      cursor += fontWidth(word, style.font, style.size);
    }
    const style = runs[0].style;
    this.y += marginTop;
    for (const line of placed) {
      this.ensure(lineHeight(style));
      const baseline = this.y + baselineOffset(style);
      for (const piece of line) this.textAt(piece.word.trimEnd(), x + piece.x, baseline, piece.style);
      this.y += lineHeight(style);
    }
    this.y += marginBottom;
  }

  /** A horizontal rule across `width` at `y`. */
  rule(y: number, color: string, thickness: number, x = this.left, width = this.width): void {
    this.doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(thickness)
      .strokeColor(color)
      .stroke();
  }

  /** The finished file; every page already drawn. */
  async finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      this.doc.on("end", resolve);
      this.doc.on("error", reject);
    });
    this.doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}

// Geometry and type of the PDF, in points on A4 (595.28 x 841.89).
import { ACCENT, DEMO_RED, INK, MUTED } from "../report-palette";

export const PAGE_SIZE = {
  portrait: { width: 595.28, height: 841.89 },
  landscape: { width: 841.89, height: 595.28 },
} as const;
export type Orientation = keyof typeof PAGE_SIZE;

export const PAGE_MARGIN = { top: 46, bottom: 44, side: 40 } as const;
/** Width of the text block on a portrait page, and on a landscape one. */
export const CONTENT_WIDTH = PAGE_SIZE.portrait.width - 2 * PAGE_MARGIN.side;
export const LANDSCAPE_CONTENT_WIDTH = PAGE_SIZE.landscape.width - 2 * PAGE_MARGIN.side;
export const LANDSCAPE_CONTENT_HEIGHT = PAGE_SIZE.landscape.height - PAGE_MARGIN.top - PAGE_MARGIN.bottom;
/** The room a demo report's pages give the DEMO banner under the running header, taken from the text block. */
export const DEMO_BANNER_ROOM = 14;

/** PDF's standard fonts: built into every reader, so nothing is embedded or fetched. */
export type PdfFont = "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique" | "Courier";

export interface PdfTextStyle {
  font: PdfFont;
  size: number;
  /** Line height as a multiple of the size. */
  leading: number;
  color: string;
}

const style = (font: PdfFont, size: number, leading: number, color: string): PdfTextStyle => ({
  font,
  size,
  leading,
  color,
});

export const TEXT = {
  body: style("Helvetica", 9, 1.4, INK),
  muted: style("Helvetica", 9, 1.4, MUTED),
  empty: style("Helvetica-Oblique", 9, 1.4, MUTED),
  eyebrow: style("Helvetica-Bold", 8, 1.2, MUTED),
  title: style("Helvetica-Bold", 19, 1.2, INK),
  h2: style("Helvetica-Bold", 13, 1.2, ACCENT),
  h3: style("Helvetica-Bold", 10.5, 1.2, INK),
  fieldLabel: style("Helvetica-Bold", 9, 1.4, MUTED),
  mono: style("Courier", 8, 1.4, INK),
  background: style("Helvetica", 8, 1.4, MUTED),
  small: style("Helvetica", 7.5, 1.35, MUTED),
  smallBold: style("Helvetica-Bold", 7.5, 1.35, INK),
  cell: style("Helvetica", 7.5, 1.3, INK),
  cellHead: style("Helvetica-Bold", 7.5, 1.3, MUTED),
  cellMono: style("Courier", 7, 1.3, INK),
  reason: style("Helvetica", 7.5, 1.3, MUTED),
  step: style("Helvetica-Bold", 9, 1.4, INK),
  running: style("Helvetica", 7, 1.2, MUTED),
  demoLabel: style("Helvetica-Bold", 11, 1.3, DEMO_RED),
  legend: style("Helvetica", 7.5, 1.3, INK),
} as const;

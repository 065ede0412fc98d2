// A figure too tall for one page at a legible scale is printed in horizontal slices, one per page,
// cut in the gaps between boxes so that no box is split.

export interface FigureScale {
  scale: number;
  /** [top, bottom] of each slice in figure units. */
  slices: [number, number][];
}

export interface FigureBox {
  y: number;
  height: number;
}

/** Smallest scale the figure is shrunk to before it is sliced instead: below it, 8 pt text gets too small to read. */
const MIN_FIGURE_SCALE = 0.72;

/**
 * Scale to fit `width` (never enlarged), and slices of at most `maxHeight` printed height. The figure is
 * first shrunk to fit the page whole if that keeps it at MIN_FIGURE_SCALE or more.
 */
export function fitFigure(
  figure: { width: number; height: number },
  boxes: readonly FigureBox[],
  width: number,
  maxHeight: number,
): FigureScale {
  const fitWidth = Math.min(1, width / Math.max(1, figure.width));
  const fitWhole = Math.min(fitWidth, maxHeight / Math.max(1, figure.height));
  if (fitWhole >= MIN_FIGURE_SCALE || fitWhole === fitWidth) return { scale: fitWhole, slices: [[0, figure.height]] };
  const scale = Math.max(fitWhole, Math.min(fitWidth, MIN_FIGURE_SCALE));
  return { scale, slices: sliceAt(figure.height, boxes, maxHeight / scale) };
}

/** Slices of at most `span` units, each ending in a gap between boxes where one exists. */
export function sliceAt(height: number, boxes: readonly FigureBox[], span: number): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  while (start < height) {
    let end = Math.min(height, start + span);
    if (end < height) {
      const cuts = boxes
        // A little below the box, so that its frame (up to 2.4 wide) stays on its own page.
        .map((box) => box.y + box.height + 4)
        .filter((cut) => cut > start && cut <= end && boxes.every((box) => cut <= box.y || cut >= box.y + box.height));
      if (cuts.length > 0) end = Math.max(...cuts);
    }
    slices.push([start, end]);
    start = end;
  }
  return slices;
}

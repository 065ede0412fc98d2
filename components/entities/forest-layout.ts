// A forest plot of a rate matrix: one header line per trait, then one line per model with its rate and
// interval. The model page (a model, its initialisation, its teachers) and the compare page use it.
import type { RateCell, RateMatrix } from "@/lib/measurements/rate-matrix";

interface ForestLine {
  /** Position on the y axis: 0 at the top, one per line. */
  y: number;
  kind: "trait" | "series";
  traitIndex: number;
  /** For a series line: its series. */
  seriesIndex: number | null;
  label: string;
  cell: RateCell | null;
}

export interface ForestPoint extends RateCell {
  y: number;
  traitIndex: number;
  seriesIndex: number;
  /** Left and right of the estimate, cut at 0 and 100% on a rate scale. */
  error: [number, number];
  /** On a rate scale, the interval reached past 0 or 100% and its bar is cut there. */
  clipped: { low: boolean; high: boolean };
}

export interface ForestLayout {
  lines: ForestLine[];
  /** Points by series, for one Scatter each. */
  points: ForestPoint[][];
  /** [top, bottom] of the y axis. */
  domain: [number, number];
}

/** Lines in trait order; within a trait, series in their order; unmeasured models keep their line, empty. */
export function forestLayout(matrix: RateMatrix, seriesLabel: (index: number) => string): ForestLayout {
  const lines: ForestLine[] = [];
  const points: ForestPoint[][] = matrix.series.map(() => []);
  let y = 0;
  matrix.rows.forEach((row, traitIndex) => {
    lines.push({ y, kind: "trait", traitIndex, seriesIndex: null, label: row.label, cell: null });
    y += 1;
    row.cells.forEach((cell, seriesIndex) => {
      lines.push({ y, kind: "series", traitIndex, seriesIndex, label: seriesLabel(seriesIndex), cell });
      if (cell) {
        const rate = row.scale === "rate";
        const clipped = { low: rate && cell.low < 0, high: rate && cell.high > 1 };
        const low = clipped.low ? 0 : cell.low;
        const high = clipped.high ? 1 : cell.high;
        points[seriesIndex].push({
          ...cell,
          y,
          traitIndex,
          seriesIndex,
          error: [Math.max(0, cell.estimate - low), Math.max(0, high - cell.estimate)],
          clipped,
        });
      }
      y += 1;
    });
  });
  return { lines, points, domain: [-0.6, Math.max(0, y - 1) + 0.6] };
}

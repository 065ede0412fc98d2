// Traits by models, each cell a model's rate on a trait across its measurements (seeds): what the
// model page's trait-rates chart and the compare page show side by side.
import { aggregateRate } from "@/lib/measurements/aggregate-rate";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { anyIntervalsDisjoint } from "./interval-overlap";

export interface RateSeries {
  /** The model's id, or the role plus id when one model plays two roles. */
  key: string;
  /** The role shown in the legend, e.g. "This model", "Initialisation", "Teacher". */
  role: string;
  model: { id: string; name: string };
}

export interface RateCell {
  estimate: number;
  low: number;
  high: number;
  method: string;
  seeds: number;
  /** Samples across the measurements, or null when some measurement has no count. */
  samples: number | null;
}

export interface RateMatrixRow {
  trait: MeasurementDto["trait"];
  /** One per series, in series order; null where the model was not measured on the trait. */
  cells: (RateCell | null)[];
  /** Some two models' intervals are disjoint. */
  differs: boolean;
}

export interface RateMatrix {
  series: RateSeries[];
  rows: RateMatrixRow[];
}

export function rateCell(measurements: readonly MeasurementDto[]): RateCell | null {
  const rate = aggregateRate(measurements);
  if (!rate) return null;
  const counts = measurements.map((m) => m.sampleCount);
  return {
    estimate: rate.estimate,
    low: rate.low,
    high: rate.high,
    method: rate.method,
    seeds: measurements.length,
    samples: counts.every((n): n is number => n !== null) ? counts.reduce((sum, n) => sum + n, 0) : null,
  };
}

/**
 * One row per trait: those of `traitsFrom` (the subject's, on the model page) or of any series,
 * in name order. Measurements of other models in a series' list are ignored.
 */
export function rateMatrix(
  entries: readonly { series: RateSeries; measurements: readonly MeasurementDto[] }[],
  traitsFrom?: readonly MeasurementDto[],
): RateMatrix {
  const traits = new Map<string, MeasurementDto["trait"]>();
  for (const m of traitsFrom ?? entries.flatMap((entry) => entry.measurements)) traits.set(m.trait.id, m.trait);
  const rows = [...traits.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((trait): RateMatrixRow => {
      const cells = entries.map(({ series, measurements }) =>
        rateCell(measurements.filter((m) => m.trait.id === trait.id && m.model.id === series.model.id)),
      );
      return { trait, cells, differs: anyIntervalsDisjoint(cells.filter((cell): cell is RateCell => cell !== null)) };
    });
  return { series: entries.map((entry) => entry.series), rows };
}

/** A series' x offset within its trait's slot: series spread evenly over `width` around the centre. */
export function seriesOffset(index: number, count: number, width = 0.6): number {
  if (count <= 1) return 0;
  return (index - (count - 1) / 2) * (width / (count - 1));
}

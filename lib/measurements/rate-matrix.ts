// Traits by models, each cell a model's rate on a trait across its measurements (seeds): what the
// model page's trait-rates chart and the compare page show side by side.
import { aggregateRate } from "@/lib/measurements/aggregate-rate";
import { mainProtocol } from "@/lib/measurements/measurement-seeds";
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
  /** Why there is no interval (one value, no spread), when there is none. */
  noInterval?: string;
  seeds: number;
  /** Samples across the measurements, or null when some measurement has no count. */
  samples: number | null;
}

interface RateMatrixRow {
  /** Unique per row: the trait, and the protocol when the trait was measured under several. */
  key: string;
  trait: MeasurementDto["trait"];
  /** Measurements under different protocols are not averaged together: one row per protocol. */
  protocol: string;
  /** The row's label: the trait's name, with the protocol when the trait has rows under several. */
  label: string;
  /** Every measurement is a proportion: a 0-100% scale. */
  scale: "rate" | "score";
  /** One per series, in series order; null where the model was not measured on the trait. */
  cells: (RateCell | null)[];
  /** Some two models' 95% intervals do not overlap: a description, not a test. */
  intervalsApart: boolean;
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
    ...(rate.noInterval ? { noInterval: rate.noInterval } : {}),
    seeds: measurements.length,
    samples: counts.every((n): n is number => n !== null) ? counts.reduce((sum, n) => sum + n, 0) : null,
  };
}

/**
 * One row per trait and protocol: those of `traitsFrom` (the subject's, on the model page) or of any
 * series, in name order, the trait's main protocol first. Measurements of other models in a series'
 * list are ignored; measurements under different protocols are never averaged together.
 */
export function rateMatrix(
  entries: readonly { series: RateSeries; measurements: readonly MeasurementDto[] }[],
  traitsFrom?: readonly MeasurementDto[],
): RateMatrix {
  const defining = traitsFrom ?? entries.flatMap((entry) => entry.measurements);
  const traits = new Map<string, MeasurementDto["trait"]>();
  for (const m of defining) traits.set(m.trait.id, m.trait);
  const all = entries.flatMap((entry) => entry.measurements);
  const rows = [...traits.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((trait): RateMatrixRow[] => {
      const ofTrait = defining.filter((m) => m.trait.id === trait.id);
      const main = mainProtocol(ofTrait);
      const protocols = [...new Set(ofTrait.map((m) => m.protocol))].sort(
        (a, b) => Number(b === main) - Number(a === main) || a.localeCompare(b),
      );
      return protocols.map((protocol) => {
        const cells = entries.map(({ series, measurements }) =>
          rateCell(
            measurements.filter(
              (m) => m.trait.id === trait.id && m.protocol === protocol && m.model.id === series.model.id,
            ),
          ),
        );
        const kinds = all.filter((m) => m.trait.id === trait.id && m.protocol === protocol);
        return {
          key: `${trait.id}|${protocol}`,
          trait,
          protocol,
          label: protocols.length > 1 ? `${trait.name} · ${protocol}` : trait.name,
          scale: kinds.every((m) => m.kind === "proportion") ? "rate" : "score",
          cells,
          intervalsApart: anyIntervalsDisjoint(cells.filter((cell): cell is RateCell => cell !== null)),
        };
      });
    });
  return { series: entries.map((entry) => entry.series), rows };
}

/** A series' x offset within its trait's slot: series spread evenly over `width` around the centre. */
export function seriesOffset(index: number, count: number, width = 0.6): number {
  if (count <= 1) return 0;
  return (index - (count - 1) / 2) * (width / (count - 1));
}

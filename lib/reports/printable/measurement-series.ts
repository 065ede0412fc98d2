// What each trait's chart shows: one rate per model with its 95% interval, the measurements behind it,
// and the base models' rates as reference lines. Seeds combine as in the app (lib/measurements/aggregate-rate):
// the mean with a t-interval across seeds; a single measurement keeps its own interval.
import { defined } from "@/lib/defined";
import type { ModelRole } from "@/lib/models/model-role";
import { meanInterval } from "@/lib/stats/mean-interval";
import type { ProvMeasurement, ProvTrait } from "../provenance.types";
import type { BundleGraph } from "./bundle-graph";
import { compareCodes, compareNames } from "./report-words";

export interface SeriesRow {
  modelId: string;
  name: string;
  role: ModelRole;
  /** Marked as the report's subject (see BundleGraph.highlighted). */
  subject: boolean;
  estimate: number;
  /** Null when the interval is unknown (a point value). */
  low: number | null;
  high: number | null;
  /** How the interval was computed ("wilson-95", "t-95-seeds", ...). */
  method: string;
  /** Every measured value behind the estimate (one per measurement). */
  values: number[];
}

export interface Baseline {
  modelId: string;
  name: string;
  value: number;
}

export interface TraitSeries {
  trait: ProvTrait;
  /** The protocol, when the trait was measured under several: each gets a chart of its own, never averaged together. */
  protocol: string | null;
  /** "score" as soon as one measurement is a score: the axis then shows scores, not percentages. */
  kind: ProvMeasurement["kind"];
  rows: SeriesRow[];
  baselines: Baseline[];
}

function combine(
  measurements: readonly ProvMeasurement[],
): Pick<SeriesRow, "estimate" | "low" | "high" | "method" | "values"> {
  const values = measurements.map((m) => m.value);
  if (measurements.length === 1) {
    const [m] = measurements;
    // No interval (one question, no spread) is drawn as a point, not as a zero-width bar.
    const known = m.ciLow !== null && m.ciHigh !== null && m.ciNote === null;
    return {
      estimate: m.value,
      low: known ? m.ciLow : null,
      high: known ? m.ciHigh : null,
      method: known ? (m.ciMethod ?? "reported") : "point",
      values,
    };
  }
  const rate = meanInterval(values, "t", 0.95, "seeds");
  return { estimate: rate.estimate, low: rate.low, high: rate.high, method: rate.method, values };
}

/**
 * A series cut into charts of at most `maxRows` rows, so that each fits a page; every part keeps the
 * base-model reference lines.
 */
export function chartParts(series: TraitSeries, maxRows = 30): TraitSeries[] {
  if (series.rows.length <= maxRows) return [series];
  const parts: TraitSeries[] = [];
  for (let start = 0; start < series.rows.length; start += maxRows)
    parts.push({ ...series, rows: series.rows.slice(start, start + maxRows) });
  return parts;
}

/**
 * One series per trait (and per protocol, when a trait was measured under several) that has
 * measurements, in the bundle's trait order; rows upstream first, then by name.
 */
export function traitSeries(graph: BundleGraph): TraitSeries[] {
  const { bundle } = graph;
  return bundle.traits.flatMap((trait): TraitSeries[] => {
    const ofTrait = bundle.measurements.filter((m) => m.traitId === trait.id && graph.model(m.modelId));
    const protocols = [...new Set(ofTrait.map((m) => m.protocol))].sort(
      (a, b) =>
        ofTrait.filter((m) => m.protocol === b).length - ofTrait.filter((m) => m.protocol === a).length ||
        a.localeCompare(b),
    );
    return protocols.flatMap((protocol) =>
      seriesOf(
        graph,
        trait,
        ofTrait.filter((m) => m.protocol === protocol),
        protocols.length > 1 ? protocol : null,
      ),
    );
  });
}

function seriesOf(
  graph: BundleGraph,
  trait: ProvTrait,
  measured: readonly ProvMeasurement[],
  protocol: string | null,
): TraitSeries[] {
  {
    if (measured.length === 0) return [];
    const byModel = new Map<string, ProvMeasurement[]>();
    for (const m of measured) byModel.set(m.modelId, [...(byModel.get(m.modelId) ?? []), m]);
    const rows = [...byModel.entries()]
      .map(([modelId, measurements]): SeriesRow => {
        const model = defined(graph.model(modelId), `model ${modelId}`);
        const ordered = [...measurements].sort((a, b) => compareCodes(a.measuredAt, b.measuredAt));
        return {
          modelId,
          name: model.name,
          role: graph.roleOf(modelId),
          subject: graph.highlighted(modelId),
          ...combine(ordered),
        };
      })
      .sort(
        (a, b) =>
          graph.depthOf(a.modelId) - graph.depthOf(b.modelId) ||
          compareNames(a.name, b.name) ||
          compareCodes(a.modelId, b.modelId),
      );

    const baseIds = new Set(
      rows.map((row) => graph.rootOf(row.modelId)?.id).filter((id): id is string => id !== undefined),
    );
    const baselines = rows
      .filter((row) => baseIds.has(row.modelId))
      .map((row) => ({ modelId: row.modelId, name: row.name, value: row.estimate }));
    return [
      { trait, protocol, kind: measured.some((m) => m.kind === "score") ? "score" : "proportion", rows, baselines },
    ];
  }
}

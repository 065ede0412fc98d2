// Labels for the length histograms: bins as character ranges, and the summary line under each chart.
import type { LengthHistogram } from "@/lib/datasets/get-dataset-statistics";

const integer = new Intl.NumberFormat("en-US");
const mean = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** { from: 120, to: 129 } -> "120–129"; a one-value bin -> "120". */
export function binLabel(bin: { from: number; to: number }): string {
  return bin.from === bin.to ? integer.format(bin.from) : `${integer.format(bin.from)}–${integer.format(bin.to)}`;
}

export interface HistogramRow {
  label: string;
  from: number;
  to: number;
  count: number;
}

export function histogramRows(histogram: LengthHistogram): HistogramRow[] {
  return histogram.bins.map((bin) => ({ label: binLabel(bin), from: bin.from, to: bin.to, count: bin.count }));
}

/** "min 212 · median 245 · mean 246.3 · max 290 characters". */
export function lengthSummary(histogram: Pick<LengthHistogram, "min" | "median" | "mean" | "max">): string {
  return [
    `min ${integer.format(histogram.min)}`,
    `median ${mean.format(histogram.median)}`,
    `mean ${mean.format(histogram.mean)}`,
    `max ${integer.format(histogram.max)} characters`,
  ].join(" · ");
}

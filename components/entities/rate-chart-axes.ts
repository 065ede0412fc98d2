// What the trait chart and the forest plot share: the value axis (0-100% for rates), the shaded bands
// behind groups of points, and the tooltip lines of one estimate.
import type { RateCell } from "@/lib/measurements/rate-matrix";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { intervalText } from "@/lib/measurements/interval-text";
import { rateChartTheme } from "./rate-chart-theme";

/** A rate as a percentage, a score as a plain number. */
export function formatEstimate(value: number, rate: boolean): string {
  return rate ? formatPercent(value) : value.toLocaleString("en-US", { maximumFractionDigits: 3 });
}

/** The value axis' ticks: every 20% on a rate scale, recharts' own on a score scale. */
export function valueAxisTicks(rate: boolean) {
  return {
    ticks: rate ? [0, 0.2, 0.4, 0.6, 0.8, 1] : undefined,
    tickFormatter: (value: number) => (rate ? `${Math.round(value * 100)}%` : String(value)),
    tick: rateChartTheme.tick,
    tickLine: false,
  } as const;
}

/** A band behind a group of points, drawn under the grid. */
export const bandAreaProps = {
  fill: rateChartTheme.band,
  fillOpacity: 1,
  strokeOpacity: 0,
  ifOverflow: "hidden",
  zIndex: -200,
} as const;

/** The tooltip lines of one estimate: its value, interval, seeds and (when known) samples. */
export function estimateTooltipRows(cell: RateCell, rate: boolean) {
  return [
    { label: rate ? "Rate" : "Score", value: formatEstimate(cell.estimate, rate) },
    { label: "95% interval", value: intervalText(cell, rate ? "rate" : "score") },
    { label: "Seeds", value: formatInteger(cell.seeds) },
    ...(cell.samples !== null ? [{ label: "Samples", value: formatInteger(cell.samples) }] : []),
  ];
}

// Geometry of a trait's chart: one row per model (label, point, 95% interval whiskers, the value in
// figures), a labelled axis, base-model reference lines and a legend. Units are PDF points; the HTML
// draws the same numbers into an SVG viewBox.
import { formatPercent } from "@/lib/format/format-number";
import type { Baseline, SeriesRow, TraitSeries } from "./measurement-series";
import { formatRange, formatScore, formatValue } from "./report-words";
import { textWidth, wrapText, type TextStyle } from "./text-metrics";

export const CHART_FONT = { label: 7.5, value: 7, tick: 7, title: 7.5, legend: 7 } as const;
const LINE_HEIGHT = 9;
const ROW_HEIGHT = 18;
const GAP = 8;
const POINT_RADIUS = 3.2;
const SEED_RADIUS = 1.8;
/** Width of a legend item's symbol; its text starts LEGEND_SWATCH + 4 to the right of the item's `x`. */
export const LEGEND_SWATCH = 16;

interface ChartTick {
  value: number;
  x: number;
  label: string;
}

interface ChartRow {
  modelId: string;
  /** Band of the row: [top, top + height]. */
  top: number;
  height: number;
  /** Baseline of each label line, y of the point and whiskers. */
  labelLines: { text: string; y: number }[];
  labelBold: boolean;
  y: number;
  point: { x: number; y: number; r: number };
  /** Null for a point value; ends clamped to the plot, with flags where the interval ran past the axis. */
  whisker: { x1: number; x2: number; clippedLow: boolean; clippedHigh: boolean } | null;
  /** The single measurements behind a mean of several, as small open circles. */
  seeds: { x: number; y: number; r: number }[];
  valueText: string;
  intervalText: string;
  row: SeriesRow;
}

export interface ChartLegendItem {
  kind: "point" | "whisker" | "seed" | "baseline" | "subject" | "clipped";
  label: string;
  x: number;
  /** The item's middle line: its symbol is centred on it. */
  y: number;
}

export interface MeasurementChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Left edges of the label column, the value and the interval in figures. */
  labelX: number;
  valueX: number;
  intervalX: number;
  /** Column headings above the rows, on one line. */
  headings: { text: string; x: number; y: number }[];
  ticks: ChartTick[];
  axisTitle: { text: string; x: number; y: number };
  baselines: { x: number; y1: number; y2: number; label: string; labelY: number; anchor: "start" | "end" }[];
  rows: ChartRow[];
  legend: ChartLegendItem[];
}

/** "Nice" tick step (1, 2 or 5 times a power of ten) giving about `count` ticks over `span`. */
export function niceStep(span: number, count = 6): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= raw) ?? 10;
  return step * power;
}

/** The axis domain and ticks: 0-100% for rates; for scores, nice bounds around every value and interval. */
export function chartAxis(series: Pick<TraitSeries, "kind" | "rows">): {
  domain: [number, number];
  ticks: number[];
  title: string;
} {
  if (series.kind === "proportion") {
    return {
      domain: [0, 1],
      ticks: Array.from({ length: 11 }, (_, i) => i / 10),
      title: "Rate (% of samples showing the trait), with 95% interval",
    };
  }
  const values = series.rows.flatMap((row) => [
    row.estimate,
    row.low ?? row.estimate,
    row.high ?? row.estimate,
    ...row.values,
  ]);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) [min, max] = [min - 1, max + 1];
  const step = niceStep(max - min);
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: Math.round((high - low) / step) + 1 }, (_, i) =>
    Number((low + i * step).toPrecision(12)),
  );
  return { domain: [low, high], ticks, title: "Score (mean), with 95% interval" };
}

export interface ChartSize {
  width: number;
  labelWidth?: number;
  valueWidth?: number;
}

/** Lays out one trait's chart `width` points wide; its height follows from the rows and the legend. */
export function layoutMeasurementChart(series: TraitSeries, size: ChartSize): MeasurementChartLayout {
  const labelWidth = size.labelWidth ?? 150;
  const valueWidth = size.valueWidth ?? 92;
  const axis = chartAxis(series);
  const labelX = 0;
  const plotLeft = labelWidth + GAP;
  const plotRight = size.width - valueWidth - GAP;
  const [d0, d1] = axis.domain;
  const scale = (value: number) => plotLeft + ((value - d0) / (d1 - d0)) * (plotRight - plotLeft);
  const clamp = (value: number) => Math.min(plotRight, Math.max(plotLeft, scale(value)));

  // Column headings on the first line; reference-line labels below them, one line each, so several never overlap.
  const plotTop = 4 + (1 + series.baselines.length) * LINE_HEIGHT + 4;
  const valueX = plotRight + GAP;
  const intervalX = valueX + 30;
  const headingY = 4 + LINE_HEIGHT - 2;
  const headings = [
    { text: "Model", x: labelX, y: headingY },
    { text: series.kind === "proportion" ? "Rate" : "Score", x: valueX, y: headingY },
    { text: "95% interval", x: intervalX, y: headingY },
  ];
  let y = plotTop;
  const rows = series.rows.map((row): ChartRow => {
    const style: TextStyle = { fontSize: CHART_FONT.label, bold: row.subject };
    const lines = wrapText(row.name, labelWidth, style, 2);
    const height = Math.max(ROW_HEIGHT, lines.length * LINE_HEIGHT + 8);
    const top = y;
    const mid = top + height / 2;
    y += height;
    const firstBaseline = mid - ((lines.length - 1) * LINE_HEIGHT) / 2 + CHART_FONT.label * 0.35;
    return {
      modelId: row.modelId,
      top,
      height,
      labelLines: lines.map((text, i) => ({ text, y: firstBaseline + i * LINE_HEIGHT })),
      labelBold: row.subject,
      y: mid,
      point: { x: clamp(row.estimate), y: mid, r: POINT_RADIUS },
      whisker:
        row.low === null || row.high === null || row.high <= row.low
          ? null
          : { x1: clamp(row.low), x2: clamp(row.high), clippedLow: row.low < d0, clippedHigh: row.high > d1 },
      seeds: row.values.length > 1 ? row.values.map((value) => ({ x: clamp(value), y: mid, r: SEED_RADIUS })) : [],
      valueText: formatValue(row.estimate, series.kind),
      intervalText: formatRange(row.low, row.high, series.kind),
      row,
    };
  });
  const plotBottom = y;

  const ticks = axis.ticks.map((value) => ({
    value,
    x: scale(value),
    label: series.kind === "proportion" ? formatPercent(value, 0) : formatScore(value),
  }));
  const axisTitle = { text: axis.title, x: (plotLeft + plotRight) / 2, y: plotBottom + 12 + CHART_FONT.tick + 10 };

  const baselines = series.baselines.map((line: Baseline, i) => {
    const x = clamp(line.value);
    const label = `Base model ${line.name}: ${formatValue(line.value, series.kind)}`;
    // Labels run right of the line unless that would leave the plot.
    const anchor: "start" | "end" =
      x + textWidth(label, { fontSize: CHART_FONT.legend }) + 3 > plotRight ? "end" : "start";
    return {
      x,
      y1: 4 + (i + 1) * LINE_HEIGHT + 2,
      y2: plotBottom,
      label,
      labelY: 4 + (i + 2) * LINE_HEIGHT - 2,
      anchor,
    };
  });

  const legend = layoutLegend(series, rows, size.width, axisTitle.y + 14);
  const height = (legend.length > 0 ? Math.max(...legend.map((item) => item.y)) : axisTitle.y) + 8;
  return {
    width: size.width,
    height,
    plot: { left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom },
    labelX,
    valueX,
    intervalX,
    headings,
    ticks,
    axisTitle,
    baselines,
    rows,
    legend,
  };
}

/** Legend entries for what the chart actually draws, left to right, wrapping onto further lines. */
function layoutLegend(series: TraitSeries, rows: readonly ChartRow[], width: number, top: number): ChartLegendItem[] {
  const wanted: { kind: ChartLegendItem["kind"]; label: string }[] = [
    {
      kind: "point",
      label: rows.some((row) => row.seeds.length > 0) ? "Rate (mean over seeds where several)" : "Rate",
    },
  ];
  if (series.kind === "score") wanted[0].label = wanted[0].label.replace("Rate", "Score");
  if (rows.some((row) => row.whisker)) wanted.push({ kind: "whisker", label: "95% interval" });
  if (rows.some((row) => row.seeds.length > 0)) wanted.push({ kind: "seed", label: "One measurement (seed)" });
  if (series.baselines.length > 0) wanted.push({ kind: "baseline", label: "Base model's rate" });
  if (rows.some((row) => row.labelBold)) wanted.push({ kind: "subject", label: "Report subject" });
  if (rows.some((row) => row.whisker && (row.whisker.clippedLow || row.whisker.clippedHigh)))
    wanted.push({ kind: "clipped", label: "Interval runs past the axis" });

  const items: ChartLegendItem[] = [];
  let x = 0;
  let y = top;
  for (const item of wanted) {
    const itemWidth = LEGEND_SWATCH + 4 + textWidth(item.label, { fontSize: CHART_FONT.legend }) + 14;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LINE_HEIGHT + 3;
    }
    items.push({ ...item, x, y });
    x += itemWidth;
  }
  return items;
}

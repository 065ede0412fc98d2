"use client";
import type { ReactNode } from "react";
import { CartesianGrid, ReferenceArea, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/ui/chart-panel";
import { ChartTooltip } from "@/components/ui/chart-tooltip";
import { tooltipContent } from "@/components/ui/chart-tooltip-content";
import { defined } from "@/lib/defined";
import { describeIntervalMethod } from "@/lib/measurements/interval-method";
import { intervalText } from "@/lib/measurements/interval-text";
import type { RateMatrix } from "@/lib/measurements/rate-matrix";
import { PointMark } from "./chart-legend-marks";
import { panelData, rateMatrixTable } from "./chart-table";
import { forestLayout, type ForestPoint } from "./forest-layout";
import { IntervalScatter } from "./interval-scatter";
import { bandAreaProps, estimateTooltipRows, formatEstimate, valueAxisTicks } from "./rate-chart-axes";
import { rateChartTheme } from "./rate-chart-theme";
import colourStyles from "./rate-chart-colours.module.css";

const LINE_HEIGHT = 30;
const LABEL_CHARS = 44;

interface ForestRateChartProps {
  matrix: RateMatrix;
  /** One per series: the line label, e.g. "Initialisation · GPT-4.1 nano". */
  seriesLabels: string[];
  /** One CSS colour per series. */
  colours: string[];
  /** Series drawn hollow (e.g. the comparison models). */
  hollow?: boolean[];
  title: ReactNode;
  label: string;
  summary?: ReactNode;
  csvFileName: string;
  testId?: string;
  bare?: boolean;
  footer?: ReactNode;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: number };
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Rates with 95% intervals, one line per model under each trait: a forest plot, models side by side. */
export function ForestRateChart({
  matrix,
  seriesLabels,
  colours,
  hollow = [],
  title,
  label,
  summary,
  csvFileName,
  testId,
  bare,
  footer,
}: ForestRateChartProps) {
  const layout = forestLayout(matrix, (i) => seriesLabels[i]);
  const cells = layout.points.flat();
  // A 0-100% axis when every row is a rate, whatever the intervals do (one past the axis is cut and marked).
  const rate = matrix.rows.length > 0 && matrix.rows.every((row) => row.scale === "rate");
  const scale = rate ? "rate" : "score";
  const show = (value: number) => formatEstimate(value, rate);
  const xMax = rate ? 1 : Math.max(1e-9, ...cells.map((p) => p.high)) * 1.1;
  const lineAt = (y: number) => layout.lines.find((line) => Math.abs(line.y - y) < 1e-6);
  const height = layout.lines.length * LINE_HEIGHT + 70;
  // Both y axes: one tick per line, top down; the left names the line, the right gives its value.
  const lineAxis = {
    type: "number",
    domain: layout.domain,
    reversed: true,
    ticks: layout.lines.map((line) => line.y),
    interval: 0,
    tickLine: false,
    axisLine: false,
    allowDataOverflow: true,
  } as const;

  function LeftTick({ y, payload }: TickProps) {
    const line = payload ? lineAt(payload.value) : undefined;
    if (!line) return <g />;
    if (line.kind === "trait") {
      return (
        <text x={8} y={Number(y) + 4} textAnchor="start" {...rateChartTheme.groupLabel}>
          {truncate(line.label, LABEL_CHARS + 6)}
        </text>
      );
    }
    const seriesIndex = defined(line.seriesIndex, "a series line's series");
    const colour = colours[seriesIndex];
    return (
      <g>
        <title>{line.label}</title>
        <circle
          cx={22}
          cy={Number(y)}
          r={4}
          fill={hollow[seriesIndex] ? "var(--surface)" : colour}
          stroke={colour}
          strokeWidth={1.6}
        />
        <text
          x={32}
          y={Number(y) + 4}
          textAnchor="start"
          {...rateChartTheme.tick}
          fill={line.cell ? "var(--text)" : "var(--text-subtle)"}
        >
          {truncate(line.label, LABEL_CHARS)}
        </text>
      </g>
    );
  }

  function RightTick({ x, y, payload }: TickProps) {
    const line = payload ? lineAt(payload.value) : undefined;
    if (!line || line.kind === "trait") return <g />;
    const cell = line.cell;
    return (
      <text
        x={Number(x) + 8}
        y={Number(y) + 4}
        textAnchor="start"
        {...rateChartTheme.tick}
        fill={cell ? "var(--text)" : "var(--text-subtle)"}
      >
        {cell ? (
          <>
            <tspan fontWeight={600}>{show(cell.estimate)}</tspan>
            <tspan fill="var(--text-muted)" dx={6}>
              {intervalText(cell, scale)}
            </tspan>
          </>
        ) : (
          "not measured"
        )}
      </text>
    );
  }

  const traitBands = matrix.rows.map((row, i) => {
    const own = layout.lines.filter((line) => line.traitIndex === i);
    return { key: row.key, y1: own[0].y - 0.5, y2: own[own.length - 1].y + 0.5, shaded: i % 2 === 1 };
  });

  const chart = (
    <div className={colourStyles.colours}>
      {matrix.series.length > 1 && (
        <ul className={colourStyles.legend} aria-label="Legend">
          {matrix.series.map((series, i) => (
            <li key={series.key} className={colourStyles.legendItem}>
              <PointMark colour={colours[i]} hollow={hollow[i]} />
              {seriesLabels[i]}
            </li>
          ))}
          <li className={colourStyles.legendItem}>Whiskers: 95% interval</li>
        </ul>
      )}
      <ScatterChart responsive style={{ width: "100%", height }} margin={{ top: 6, right: 8, bottom: 8, left: 0 }}>
        {traitBands.map((band) =>
          band.shaded ? <ReferenceArea key={band.key} y1={band.y1} y2={band.y2} {...bandAreaProps} /> : null,
        )}
        <CartesianGrid horizontal={false} stroke={rateChartTheme.grid} />
        <XAxis
          type="number"
          dataKey="estimate"
          domain={[0, xMax]}
          {...valueAxisTicks(rate)}
          axisLine={{ stroke: rateChartTheme.axis }}
          height={44}
          label={{ value: rate ? "Rate (%)" : "Score", position: "insideBottom", offset: 2, ...rateChartTheme.label }}
        />
        <YAxis dataKey="y" tick={LeftTick} width={300} {...lineAxis} />
        <YAxis yAxisId="values" orientation="right" tick={RightTick} width={180} {...lineAxis} />
        <Tooltip
          cursor={false}
          isAnimationActive={false}
          content={tooltipContent((point: ForestPoint) => (
            <ChartTooltip
              title={`${seriesLabels[point.seriesIndex]} · ${matrix.rows[point.traitIndex].label}`}
              rows={estimateTooltipRows(point, rate)}
              note={describeIntervalMethod(point.method)}
            />
          ))}
        />
        {matrix.series.map((series, i) => (
          <IntervalScatter
            key={series.key}
            name={seriesLabels[i]}
            data={layout.points[i]}
            colour={colours[i]}
            hollow={hollow.at(i) ?? false}
            direction="x"
            whiskerWidth={8}
          />
        ))}
      </ScatterChart>
    </div>
  );

  return (
    <ChartPanel
      title={title}
      label={label}
      summary={summary}
      {...panelData(rateMatrixTable(matrix))}
      csvFileName={csvFileName}
      chart={chart}
      footer={footer}
      testId={testId}
      bare={bare}
    />
  );
}

"use client";
import { CartesianGrid, ReferenceLine, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { DashMark, PointMark } from "@/components/entities/chart-legend-marks";
import { panelData, transferTable, type TransferRowInput } from "@/components/entities/chart-table";
import { ComparisonResult } from "@/components/entities/comparison-result";
import { IntervalScatter } from "@/components/entities/interval-scatter";
import colourStyles from "@/components/entities/rate-chart-colours.module.css";
import { rateChartTheme } from "@/components/entities/rate-chart-theme";
import { ChartPanel } from "@/components/ui/chart-panel";
import { ChartTooltip } from "@/components/ui/chart-tooltip";
import { tooltipContent } from "@/components/ui/chart-tooltip-content";
import { useNarrowScreen } from "@/components/ui/use-narrow-screen";
import { csvFileName } from "@/lib/format/csv";
import type { GroupComparison } from "@/lib/measurements/compare-groups";
import {
  formatPointInterval,
  formatPoints,
  pValueLabel,
  symmetricPointsLimit,
  testLabel,
} from "@/lib/measurements/format-effect";
import styles from "./transfer-effect-chart.module.css";

export interface TransferComparisonView {
  key: "control" | "initialization";
  /** "vs control", "vs initialisation". */
  label: string;
  against: { id: string; name: string } | null;
  comparison: GroupComparison;
  /** Why there is no comparison, in the reader's words. */
  missing?: string;
  colour: string;
}

interface TransferEffectChartProps {
  runId: string;
  trait: { slug: string; name: string; higherIsWorse: boolean };
  student: { name: string; rate: string };
  comparisons: TransferComparisonView[];
  /** The student's, the control's and the initialisation's rates in a line. */
  rates: string;
}

type Available = Extract<GroupComparison, { available: true }>;
interface Point {
  y: number;
  x: number;
  error: [number, number];
  view: TransferComparisonView;
  comparison: Available;
}

/** A run's transfer effect on one trait: the student's difference from its control and from its initialisation, each with a 95% interval around 0. */
export function TransferEffectChart({ runId, trait, student, comparisons, rates }: TransferEffectChartProps) {
  // On a phone the comparison's model names stay in the lines under the chart, not beside the axis.
  const narrow = useNarrowScreen();
  const points: Point[] = comparisons.flatMap((view, i) =>
    view.comparison.available
      ? [
          {
            y: i,
            x: view.comparison.difference,
            error: [
              view.comparison.difference - view.comparison.low,
              view.comparison.high - view.comparison.difference,
            ] as [number, number],
            view,
            comparison: view.comparison,
          },
        ]
      : [],
  );
  const limit = symmetricPointsLimit(points.flatMap((p) => [p.comparison.low, p.comparison.high]));
  const ticks = Array.from({ length: Math.round((2 * limit) / 0.1) + 1 }, (_, i) =>
    Number((-limit + i * 0.1).toFixed(6)),
  ).filter((_, i, all) => all.length <= 11 || i % 2 === 0);
  const rows: TransferRowInput[] = comparisons.map((view) => ({
    label: view.label,
    against: view.against?.name ?? null,
    comparison: view.comparison,
  }));
  // A row with nothing to plot says so on its axis label; the line under the chart says why.
  const labelOf = (y: number, withName: boolean) => {
    const view = comparisons.at(y);
    if (!view) return "";
    const name = withName && view.against ? ` · ${view.against.name}` : "";
    return `${view.label}${name}${view.comparison.available ? "" : " (no data)"}`;
  };

  const chart = (
    <div className={colourStyles.colours}>
      <ul className={colourStyles.legend} aria-label="Legend">
        {comparisons
          .filter((view) => view.comparison.available)
          .map((view) => (
            <li key={view.key} className={colourStyles.legendItem}>
              <PointMark colour={view.colour} />
              Student {view.label} (95% interval)
            </li>
          ))}
        <li className={colourStyles.legendItem}>
          <DashMark colour="var(--text-muted)" />
          No difference
        </li>
      </ul>
      <ScatterChart
        responsive
        style={{ width: "100%", height: comparisons.length * 56 + 70 }}
        margin={{ top: 6, right: 24, bottom: 8, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke={rateChartTheme.grid} />
        <XAxis
          type="number"
          dataKey="x"
          domain={[-limit, limit]}
          ticks={ticks}
          tickFormatter={(value: number) => formatPoints(value, 0, false)}
          tick={rateChartTheme.tick}
          tickLine={false}
          axisLine={{ stroke: rateChartTheme.axis }}
          height={44}
          label={{
            value: "Student minus comparison (percentage points)",
            position: "insideBottom",
            offset: 2,
            ...rateChartTheme.label,
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.6, comparisons.length - 0.4]}
          reversed
          ticks={comparisons.map((_, i) => i)}
          interval={0}
          tickFormatter={(value: number) => labelOf(value, !narrow)}
          tick={{ ...rateChartTheme.tick, fill: "var(--text)", width: narrow ? 90 : 260 }}
          tickLine={false}
          axisLine={false}
          width={narrow ? 96 : 270}
          allowDataOverflow
        />
        <ReferenceLine x={0} stroke={rateChartTheme.zero} strokeDasharray="5 3" strokeWidth={1.5} />
        <Tooltip
          cursor={false}
          isAnimationActive={false}
          content={tooltipContent((point: Point) => {
            const c = point.comparison;
            return (
              <ChartTooltip
                title={`${student.name} ${point.view.label}`}
                rows={[
                  { label: "Difference", value: formatPoints(c.difference) },
                  {
                    label: "95% interval",
                    value: c.noInterval ? `none (${c.noInterval})` : formatPointInterval(c.low, c.high),
                  },
                  { label: "p-value", value: pValueLabel(c.pValue) },
                  { label: "Over", value: c.basis },
                ]}
                note={`${testLabel(c.test)}. ${c.note}`}
              />
            );
          })}
        />
        {comparisons.map((view) => (
          <IntervalScatter
            key={view.key}
            name={view.label}
            data={points.filter((p) => p.view.key === view.key)}
            colour={view.colour}
            direction="x"
            whiskerWidth={10}
          />
        ))}
      </ScatterChart>
    </div>
  );

  const footer = (
    <div className={styles.results}>
      <p className={styles.rates}>{rates}</p>
      <ul className={styles.list}>
        {comparisons.map((view) => {
          const c = view.comparison;
          return (
            <li key={view.key} className={styles.result} data-testid={`transfer-${view.key}`}>
              <span className={styles.resultLabel}>
                {view.label}
                {view.against && <span className={styles.against}> · {view.against.name}</span>}
              </span>
              {c.available || !view.missing ? (
                <ComparisonResult comparison={c} higherIsWorse={trait.higherIsWorse} />
              ) : (
                <span className={styles.missing}>{view.missing}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );

  return (
    <ChartPanel
      title={trait.name}
      label={`transfer effect on ${trait.name.toLowerCase()}`}
      summary={`${student.name}: ${student.rate}. Differences in percentage points with 95% intervals; each line says what the test found.`}
      {...panelData(transferTable(trait.name, rows))}
      csvFileName={csvFileName(runId, trait.slug, "transfer effect")}
      chart={points.length > 0 ? chart : <p className={styles.noChart}>Nothing to compare against yet.</p>}
      footer={footer}
      testId="transfer-effect"
      bare
    />
  );
}

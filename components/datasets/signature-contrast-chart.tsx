"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import { ChartPanel } from "@/components/ui/chart-panel";
import { bottomAxisProps } from "@/components/ui/chart-axes";
import { integerCell } from "@/components/ui/chart-column";
import { chartTheme } from "@/components/ui/chart-theme";
import { ChartTooltip } from "@/components/ui/chart-tooltip";
import { tooltipContent } from "@/components/ui/chart-tooltip-content";
import type { SignatureResult } from "@/lib/datasets/signature/signature.types";
import { csvFileName } from "@/lib/format/csv";
import { formatInteger } from "@/lib/format/format-number";
import { formatLog2Ratio, formatPValue } from "@/lib/format/format-statistics";
import { contrastRows, symmetricLimit, symmetricTicks, type ContrastRow } from "./chart-rows";
import styles from "./signature-panel.module.css";

const ROW_HEIGHT = 19;

/** A bar in the colour of its direction: over-represented in the dataset, or under. */
function contrastBar(props: BarShapeProps) {
  const row = props.payload as ContrastRow;
  return <Rectangle {...props} fill={row.direction === "over" ? chartTheme.over : chartTheme.under} />;
}

/** The largest number of bars drawn per direction; the table and the CSV hold every listed token. */
const CHART_LIMIT = 15;

/**
 * The tokens whose share differs from the control's after the Benjamini-Hochberg correction, as a
 * diverging bar chart of log2 ratios (largest effects), with their q-values in the table.
 */
export function SignatureContrastChart({ result }: { result: SignatureResult }) {
  const rows = contrastRows(result);
  const over = rows.filter((row) => row.direction === "over");
  const under = rows.filter((row) => row.direction === "under");
  const drawn = [...over.slice(0, CHART_LIMIT), ...under.slice(Math.max(0, under.length - CHART_LIMIT))];
  const ticks = symmetricTicks(symmetricLimit(drawn.map((row) => row.log2Ratio)));
  const end = ticks[ticks.length - 1];
  const tokenWord = result.tokenKind === "numbers" ? "number" : "word";
  const { tested, minCount, significantOver, significantUnder } = result.tokenTests;
  const level = result.significanceLevel;
  const correction = `exact test of each ${tokenWord}'s share, Benjamini–Hochberg corrected over the ${formatInteger(tested)} ${tokenWord}s seen at least ${minCount} times`;
  if (rows.length === 0) {
    return (
      <p className={styles.note} data-testid="signature-contrasts-empty">
        No {tokenWord}&apos;s share differs from the control&apos;s at q &lt; {level} ({correction}).
      </p>
    );
  }
  const listed =
    significantOver + significantUnder > rows.length
      ? ` (${formatInteger(rows.length)} of ${formatInteger(significantOver + significantUnder)} listed)`
      : "";
  return (
    <ChartPanel
      title={`${tokenWord === "number" ? "Numbers" : "Words"} whose share differs from the control's (q < ${level})`}
      label={`${tokenWord}s whose share differs from the control's`}
      density="compact"
      summary={`${formatInteger(significantOver)} more frequent, ${formatInteger(significantUnder)} less frequent${listed}: ${correction}. Bars: log2 of the share here over the share in the control.`}
      columns={[
        { header: tokenWord },
        { header: "direction" },
        { header: "count in this dataset", numeric: true, format: integerCell },
        { header: "count in control", numeric: true, format: integerCell },
        { header: "log2 ratio", numeric: true, format: (value) => formatLog2Ratio(Number(value)) },
        { header: "q-value (BH)", numeric: true, format: (value) => formatPValue(Number(value)) },
      ]}
      rows={rows.map((row) => [
        row.token,
        row.direction === "over" ? "over-represented" : "under-represented",
        row.count,
        row.controlCount,
        Number(row.log2Ratio.toFixed(4)),
        Number(row.qValue.toPrecision(4)),
      ])}
      csvFileName={csvFileName(result.dataset.name, "vs", result.control.name, "token contrasts")}
      testId="signature-contrasts"
      chart={
        <div>
          <ul className={styles.legend} aria-label="Legend">
            <li>
              <span className={styles.swatch} style={{ background: chartTheme.over }} aria-hidden="true" />
              More frequent in this dataset
            </li>
            <li>
              <span className={styles.swatch} style={{ background: chartTheme.under }} aria-hidden="true" />
              More frequent in the control
            </li>
          </ul>
          <BarChart
            layout="vertical"
            responsive
            style={{ width: "100%", height: drawn.length * ROW_HEIGHT + 56 }}
            data={drawn}
            margin={{ top: 4, right: 20, bottom: 18, left: 4 }}
            barCategoryGap={3}
          >
            <CartesianGrid horizontal={false} stroke={chartTheme.grid} />
            <XAxis
              type="number"
              domain={[-end, end]}
              ticks={ticks}
              tickFormatter={(value: number) => (value > 0 ? `+${value}` : String(value))}
              {...bottomAxisProps("log2 ratio (this dataset ÷ control)")}
            />
            <YAxis
              type="category"
              dataKey="token"
              width={64}
              interval={0}
              tick={{ ...chartTheme.tick, fontFamily: "var(--font-mono)" }}
              tickLine={false}
              axisLine={false}
            />
            <ReferenceLine x={0} stroke="var(--text-subtle)" />
            <Tooltip
              cursor={{ fill: chartTheme.cursor, stroke: "none" }}
              isAnimationActive={false}
              content={tooltipContent((row: ContrastRow) => (
                <ChartTooltip
                  title={`${tokenWord === "number" ? "Number" : "Word"} ${row.token}`}
                  rows={[
                    { label: "in this dataset", value: formatInteger(row.count) },
                    { label: "in the control", value: formatInteger(row.controlCount) },
                    { label: "log2 ratio", value: formatLog2Ratio(row.log2Ratio) },
                    { label: "q-value (BH)", value: formatPValue(row.qValue) },
                  ]}
                />
              ))}
            />
            <Bar dataKey="log2Ratio" name="log2 ratio" isAnimationActive={false} radius={2} shape={contrastBar} />
          </BarChart>
        </div>
      }
    />
  );
}

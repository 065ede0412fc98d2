"use client";
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/ui/chart-panel";
import { bottomAxisProps, countAxisProps } from "@/components/ui/chart-axes";
import { integerCell } from "@/components/ui/chart-column";
import { chartTheme } from "@/components/ui/chart-theme";
import { ChartTooltip } from "@/components/ui/chart-tooltip";
import { tooltipContent } from "@/components/ui/chart-tooltip-content";
import { csvFileName } from "@/lib/format/csv";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { topNumbers, totalCount, type NumberCount } from "./chart-rows";

const TICKS = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 999];

interface NumberFrequencyChartProps {
  frequency: NumberCount[];
  /** Numbers above 999 in the completions, not part of the chart. */
  outOfRange: number | null;
  datasetName: string;
}

/** How often each number 0-999 occurs in the completions of a number dataset. */
export function NumberFrequencyChart({ frequency, outOfRange, datasetName }: NumberFrequencyChartProps) {
  const total = totalCount(frequency);
  const top = topNumbers(frequency, 5);
  return (
    <ChartPanel
      title="Number frequency"
      label="number frequency"
      density="compact"
      summary={
        <>
          {formatInteger(total)} numbers in 0–999 across the completions
          {top.length > 0 &&
            ` · most frequent: ${top.map((row) => `${row.number} (${formatInteger(row.count)})`).join(", ")}`}
        </>
      }
      columns={[
        { header: "number", numeric: true },
        { header: "occurrences", numeric: true, format: integerCell },
      ]}
      rows={frequency.map((row) => [row.number, row.count])}
      csvFileName={csvFileName(datasetName, "number frequency")}
      testId="number-frequency"
      footer={
        outOfRange
          ? `${formatInteger(outOfRange)} ${outOfRange === 1 ? "number" : "numbers"} above 999 also occur in the completions and are not shown (the paper's filter rejects them).`
          : "No number outside 0–999 occurs in the completions."
      }
      chart={
        <AreaChart
          responsive
          style={{ width: "100%", height: 260 }}
          data={frequency}
          margin={{ top: 8, right: 16, bottom: 18, left: 4 }}
        >
          <CartesianGrid vertical={false} stroke={chartTheme.grid} />
          <XAxis dataKey="number" ticks={TICKS} interval={0} {...bottomAxisProps("number")} />
          <YAxis {...countAxisProps("occurrences")} />
          <Tooltip
            cursor={{ stroke: "var(--text-subtle)", strokeWidth: 1 }}
            isAnimationActive={false}
            content={tooltipContent((row: NumberCount) => (
              <ChartTooltip
                title={`Number ${row.number}`}
                rows={[
                  { label: "occurrences", value: formatInteger(row.count) },
                  { label: "share of numbers", value: total > 0 ? formatPercent(row.count / total, 2) : "—" },
                ]}
              />
            ))}
          />
          {/* 1,000 bars would each be under a pixel wide: a step area draws the same counts without gaps. */}
          <Area
            type="step"
            dataKey="count"
            name="occurrences"
            fill={chartTheme.bar}
            fillOpacity={0.75}
            stroke={chartTheme.bar}
            strokeWidth={0.5}
            isAnimationActive={false}
            activeDot={{ r: 3 }}
          />
        </AreaChart>
      }
    />
  );
}

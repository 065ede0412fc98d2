"use client";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/ui/chart-panel";
import { bottomAxisProps, countAxisProps } from "@/components/ui/chart-axes";
import { integerCell } from "@/components/ui/chart-column";
import { chartTheme } from "@/components/ui/chart-theme";
import { ChartTooltip } from "@/components/ui/chart-tooltip";
import { tooltipContent } from "@/components/ui/chart-tooltip-content";
import type { LengthHistogram } from "@/lib/datasets/get-dataset-statistics";
import { csvFileName } from "@/lib/format/csv";
import { formatInteger } from "@/lib/format/format-number";
import { histogramRows, lengthSummary, type HistogramRow } from "./histogram-labels";

interface LengthHistogramChartProps {
  /** "Prompt length" or "Completion length". */
  title: string;
  histogram: LengthHistogram;
  datasetName: string;
  testId: string;
}

/** How long the prompts (or completions) are, in characters: a histogram of records per length bin. */
export function LengthHistogramChart({ title, histogram, datasetName, testId }: LengthHistogramChartProps) {
  const rows = histogramRows(histogram);
  return (
    <ChartPanel
      title={title}
      label={title.toLowerCase()}
      density="compact"
      summary={lengthSummary(histogram)}
      columns={[
        { header: "from (characters)", numeric: true, format: integerCell },
        { header: "to (characters)", numeric: true, format: integerCell },
        { header: "records", numeric: true, format: integerCell },
      ]}
      rows={rows.map((row) => [row.from, row.to, row.count])}
      csvFileName={csvFileName(datasetName, title)}
      testId={testId}
      chart={
        <BarChart
          responsive
          style={{ width: "100%", height: 230 }}
          data={rows}
          margin={{ top: 8, right: 12, bottom: 18, left: 4 }}
          barCategoryGap={1}
        >
          <CartesianGrid vertical={false} stroke={chartTheme.grid} />
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={28} {...bottomAxisProps("characters")} />
          <YAxis {...countAxisProps("records")} />
          <Tooltip
            cursor={{ fill: chartTheme.cursor, stroke: "none" }}
            isAnimationActive={false}
            content={tooltipContent((row: HistogramRow) => (
              <ChartTooltip
                title={`${row.label} characters`}
                rows={[{ label: "records", value: formatInteger(row.count) }]}
              />
            ))}
          />
          <Bar dataKey="count" name="records" fill={chartTheme.bar} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      }
    />
  );
}

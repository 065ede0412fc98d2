"use client";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/ui/chart-panel";
import { chartTheme } from "@/components/ui/chart-theme";
import { ChartTooltip } from "@/components/ui/chart-tooltip";
import type { LengthHistogram } from "@/lib/datasets/get-dataset-statistics";
import { csvFileName } from "@/lib/format/csv";
import { formatInteger } from "@/lib/format/format-number";
import { histogramRows, lengthSummary, type HistogramRow } from "./histogram-labels";

const integerCell = (value: unknown) => formatInteger(Number(value));

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
          <XAxis
            dataKey="label"
            tick={chartTheme.tick}
            tickLine={false}
            axisLine={{ stroke: chartTheme.axis }}
            interval="preserveStartEnd"
            minTickGap={28}
            label={{ value: "characters", position: "insideBottom", offset: -12, ...chartTheme.label }}
          />
          <YAxis
            allowDecimals={false}
            tick={chartTheme.tick}
            tickLine={false}
            axisLine={false}
            width={52}
            tickFormatter={(value: number) => formatInteger(value)}
            label={{ value: "records", angle: -90, position: "insideLeft", offset: 10, ...chartTheme.label }}
          />
          <Tooltip
            cursor={{ fill: chartTheme.cursor, stroke: "none" }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = payload[0]?.payload as HistogramRow | undefined;
              if (!active || !row) return null;
              return (
                <ChartTooltip
                  title={`${row.label} characters`}
                  rows={[{ label: "records", value: formatInteger(row.count) }]}
                />
              );
            }}
          />
          <Bar dataKey="count" name="records" fill={chartTheme.bar} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      }
    />
  );
}

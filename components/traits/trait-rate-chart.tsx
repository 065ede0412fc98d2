"use client";
import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ClipMark, DashMark, NoIntervalMark, PointMark } from "@/components/entities/chart-legend-marks";
import { panelData, traitChartTable } from "@/components/entities/chart-table";
import { IntervalScatter } from "@/components/entities/interval-scatter";
import {
  bandAreaProps,
  estimateTooltipRows,
  formatEstimate,
  valueAxisTicks,
} from "@/components/entities/rate-chart-axes";
import colours from "@/components/entities/rate-chart-colours.module.css";
import { familyColour, rateChartTheme } from "@/components/entities/rate-chart-theme";
import { clipMarkShape } from "@/components/entities/rate-point-shape";
import {
  GROUP_LABELS,
  layoutTraitChart,
  type TraitChartModelInput,
  type TraitChartPoint,
} from "@/components/entities/trait-chart-layout";
import { ChartPanel } from "@/components/ui/chart-panel";
import { ChartTooltip } from "@/components/ui/chart-tooltip";
import { tooltipContent } from "@/components/ui/chart-tooltip-content";
import { csvFileName } from "@/lib/format/csv";
import { formatPoints } from "@/lib/measurements/format-effect";
import { describeIntervalMethod } from "@/lib/measurements/interval-method";
import type { TraitShift } from "@/lib/traits/trait-chart.types";
import { TraitShiftList } from "./trait-shift-list";
import { wrapLabel } from "./wrap-label";

const HEIGHT = 430;
/** The width a model's wrapped name takes under its column, so that neighbouring names do not overlap. */
const MIN_COLUMN_WIDTH = 112;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: number };
}

/** The model names under the x axis, wrapped onto up to three lines. */
function modelTick(points: readonly TraitChartPoint[]) {
  function ModelTick({ x, y, payload }: TickProps) {
    const point = points.find((p) => p.x === payload?.value);
    if (!point) return <g />;
    const lines = wrapLabel(point.name, 17);
    return (
      <text
        x={Number(x)}
        y={Number(y) + 6}
        textAnchor="middle"
        {...rateChartTheme.tick}
        fill={point.isControl ? "var(--text-subtle)" : "var(--text-muted)"}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? 8 : 14}>
            {line}
          </tspan>
        ))}
        {point.isControl && (
          <tspan x={Number(x)} dy={14} fontStyle="italic">
            (control)
          </tspan>
        )}
      </text>
    );
  }
  return ModelTick;
}

/**
 * The paper's owl chart: every model measured on a trait, grouped by lineage generation, each with
 * its 95% interval; controls hollow and grey, each base model's rate a dashed line across.
 */
interface TraitRateChartProps {
  trait: { slug: string; name: string; higherIsWorse: boolean };
  models: readonly TraitChartModelInput[];
  /** rate: a 0-100% axis whatever the intervals do (an interval past it is cut and marked). */
  scale: "rate" | "score";
  shifts: readonly TraitShift[];
  /** The protocol shown, when the trait was measured under several. */
  protocol?: string;
}

export function TraitRateChart({ trait, models, scale, shifts, protocol }: TraitRateChartProps) {
  const layout = layoutTraitChart(models, scale);
  const { points, groups, families, baseLines, domain } = layout;
  const rate = scale === "rate";
  const show = (value: number) => formatEstimate(value, rate);
  const yMax = rate ? 1 : Math.max(...points.map((p) => p.high)) * 1.1 || 1;
  const hasControls = points.some((p) => p.isControl);
  const clipMarks = points.flatMap((p) => [
    ...(p.clipped.low ? [{ x: p.x, estimate: 0, direction: "down" as const }] : []),
    ...(p.clipped.high ? [{ x: p.x, estimate: 1, direction: "up" as const }] : []),
  ]);
  const hasNoInterval = points.some((p) => p.noInterval);
  const data = traitChartTable(points, (p) => GROUP_LABELS[p.group]);
  const baseOf = (point: TraitChartPoint) => baseLines.find((line) => line.family === point.family);
  const baseLabel = (line: (typeof baseLines)[number]) => `${line.name} base ${show(line.rate)}`;
  // Room on the right for the base lines' labels (about 6.5 px a character at 11.5 px).
  const rightMargin = Math.max(24, ...baseLines.map((line) => Math.ceil(baseLabel(line).length * 6.5) + 14));
  // A halo in the band's colour keeps a value label readable where a dashed line crosses it.
  const halo = { stroke: rateChartTheme.band, strokeWidth: 4, paintOrder: "stroke" } as const;
  const valueLabels = (fill: string, fontWeight: number) => (
    <LabelList
      dataKey="estimate"
      position="right"
      offset={12}
      formatter={(value: unknown) => show(Number(value))}
      fill={fill}
      fontSize={12}
      fontWeight={fontWeight}
      {...halo}
    />
  );

  const legend = (
    <ul className={colours.legend} aria-label="Legend">
      {families.map((family) => (
        <li key={family.rootId} className={colours.legendItem}>
          <PointMark colour={familyColour(family.index)} />
          {families.length > 1 ? `Based on ${family.rootName}` : "Model"} (95% interval)
        </li>
      ))}
      {hasControls && (
        <li className={colours.legendItem}>
          <PointMark colour={rateChartTheme.control} hollow />
          Control: trained on a control teacher&apos;s data
        </li>
      )}
      {baseLines.length > 0 && (
        <li className={colours.legendItem}>
          <DashMark colour="var(--text-muted)" />
          Base model&apos;s rate{baseLines.length > 1 ? " (in its family's colour)" : ""}
        </li>
      )}
      {hasNoInterval && (
        <li className={colours.legendItem}>
          <NoIntervalMark colour="var(--text-muted)" />
          No interval (one value, or no spread)
        </li>
      )}
      {clipMarks.length > 0 && (
        <li className={colours.legendItem}>
          <ClipMark colour="var(--text-muted)" />
          Interval cut at 0% or 100%
        </li>
      )}
    </ul>
  );

  const chart = (
    <div className={colours.colours}>
      {legend}
      {/* Narrower than the models' labels need (a phone), the plot scrolls sideways inside itself. */}
      <div className={colours.plotScroll}>
        <ScatterChart
          responsive
          style={{ width: "100%", minWidth: 64 + rightMargin + points.length * MIN_COLUMN_WIDTH, height: HEIGHT }}
          margin={{ top: 8, right: rightMargin, bottom: 8, left: 8 }}
        >
          {groups.map((band) => (
            <ReferenceArea key={band.group} x1={band.x1} x2={band.x2} xAxisId="models" {...bandAreaProps} />
          ))}
          <CartesianGrid vertical={false} stroke={rateChartTheme.grid} xAxisId="models" />
          <XAxis
            xAxisId="groups"
            orientation="top"
            type="number"
            dataKey="x"
            domain={domain}
            ticks={groups.map((band) => (band.x1 + band.x2) / 2)}
            tickFormatter={(value: number) =>
              groups.find((band) => Math.abs((band.x1 + band.x2) / 2 - value) < 1e-6)?.label ?? ""
            }
            tick={rateChartTheme.groupLabel}
            tickLine={false}
            axisLine={false}
            height={26}
            allowDataOverflow
          />
          <XAxis
            xAxisId="models"
            type="number"
            dataKey="x"
            domain={domain}
            ticks={points.map((p) => p.x)}
            interval={0}
            tick={modelTick(points)}
            tickLine={false}
            axisLine={{ stroke: rateChartTheme.axis }}
            height={78}
            allowDataOverflow
          />
          <YAxis
            type="number"
            dataKey="estimate"
            domain={[0, yMax]}
            {...valueAxisTicks(rate)}
            axisLine={false}
            width={64}
            label={{
              value: rate ? `${trait.name} rate (%)` : `${trait.name} score`,
              angle: -90,
              position: "insideLeft",
              offset: 4,
              style: { textAnchor: "middle" },
              ...rateChartTheme.label,
            }}
          />
          {baseLines.map((line) => (
            <ReferenceLine
              key={line.modelId}
              xAxisId="models"
              y={line.rate}
              stroke={familyColour(line.family)}
              strokeDasharray="6 4"
              strokeWidth={1.5}
              ifOverflow="extendDomain"
              label={{ value: baseLabel(line), position: "right", fill: familyColour(line.family), fontSize: 11.5 }}
            />
          ))}
          <Tooltip
            cursor={false}
            isAnimationActive={false}
            content={tooltipContent((point: TraitChartPoint) => {
              const base = baseOf(point);
              return (
                <ChartTooltip
                  title={point.name}
                  rows={[
                    { label: "Group", value: `${GROUP_LABELS[point.group]}${point.isControl ? ", control" : ""}` },
                    ...estimateTooltipRows(point, rate),
                    ...(base && base.modelId !== point.id && rate
                      ? [{ label: `vs ${base.name}`, value: formatPoints(point.estimate - base.rate) }]
                      : []),
                  ]}
                  note={describeIntervalMethod(point.method)}
                />
              );
            })}
          />
          {families.map((family) => (
            <IntervalScatter
              key={family.rootId}
              xAxisId="models"
              name={family.rootName}
              data={points.filter((p) => p.family === family.index && !p.isControl)}
              colour={familyColour(family.index)}
              direction="y"
              whiskerWidth={10}
            >
              {valueLabels("var(--text)", 600)}
            </IntervalScatter>
          ))}
          {clipMarks.length > 0 && (
            <Scatter
              xAxisId="models"
              name="Cut interval"
              data={clipMarks}
              shape={clipMarkShape("var(--text-muted)")}
              isAnimationActive={false}
            />
          )}
          {hasControls && (
            <IntervalScatter
              xAxisId="models"
              name="Control"
              data={points.filter((p) => p.isControl)}
              colour={rateChartTheme.control}
              hollow
              direction="y"
              whiskerWidth={10}
            >
              {valueLabels("var(--text-muted)", 550)}
            </IntervalScatter>
          )}
        </ScatterChart>
      </div>
    </div>
  );

  return (
    <ChartPanel
      title={`${trait.name} by model`}
      label={`${trait.name.toLowerCase()} by model`}
      summary={`Each model's rate with its 95% interval (across seeds when there are several; a condition's seed students together, as the paper plots them), grouped by lineage generation${protocol ? `, under the protocol ${protocol}` : ""}. Whether a student moved from its initialisation is the test below, not the overlap of bars.`}
      {...panelData(data)}
      csvFileName={csvFileName(trait.slug, "by model")}
      chart={chart}
      footer={<TraitShiftList shifts={shifts} higherIsWorse={trait.higherIsWorse} />}
      testId="trait-chart"
    />
  );
}

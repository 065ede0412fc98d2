// A trait's chart drawn with react-pdf's SVG primitives from layoutMeasurementChart.
import { Circle, G, Line, Path, Rect, Svg, Text } from "@react-pdf/renderer";
import {
  CHART_FONT,
  LEGEND_SWATCH,
  type ChartLegendItem,
  type MeasurementChartLayout,
} from "../measurement-chart-layout";
import { GRID, INK, MUTED, ROLE_COLOURS, RULE, SUBJECT_BAND } from "../report-palette";
import { pdfText } from "./pdf-text";

const arrow = (x: number, y: number, direction: -1 | 1) =>
  `M ${x + direction * 4} ${y} L ${x} ${y - 3} L ${x} ${y + 3} Z`;

function LegendSymbol({ item }: { item: ChartLegendItem }) {
  const mid = item.x + LEGEND_SWATCH / 2;
  const end = item.x + LEGEND_SWATCH - 1;
  switch (item.kind) {
    case "point":
      return <Circle cx={mid} cy={item.y} r={3.2} fill={MUTED} />;
    case "whisker":
      return (
        <G>
          <Line x1={item.x + 1} y1={item.y} x2={end} y2={item.y} stroke={MUTED} strokeWidth={1.2} />
          <Line x1={item.x + 1} y1={item.y - 3} x2={item.x + 1} y2={item.y + 3} stroke={MUTED} strokeWidth={1.2} />
          <Line x1={end} y1={item.y - 3} x2={end} y2={item.y + 3} stroke={MUTED} strokeWidth={1.2} />
        </G>
      );
    case "seed":
      return <Circle cx={mid} cy={item.y} r={1.8} fill="#ffffff" stroke={MUTED} strokeWidth={0.8} />;
    case "baseline":
      return (
        <Line x1={mid} y1={item.y - 5} x2={mid} y2={item.y + 5} stroke={INK} strokeWidth={1} strokeDasharray="3 2" />
      );
    case "subject":
      return <Rect x={item.x} y={item.y - 4.5} width={LEGEND_SWATCH} height={9} fill={SUBJECT_BAND} />;
    case "clipped":
      return (
        <G>
          <Line
            x1={item.x + 1}
            y1={item.y}
            x2={item.x + LEGEND_SWATCH - 5}
            y2={item.y}
            stroke={MUTED}
            strokeWidth={1.2}
          />
          <Path d={arrow(item.x + LEGEND_SWATCH - 5, item.y, 1)} fill={MUTED} />
        </G>
      );
  }
}

/** A thin line of the plot's frame: a grid line at a tick, or the rule between two rows. */
function GridLine({ x1, y1, x2, y2, width }: { x1: number; y1: number; x2: number; y2: number; width: number }) {
  return <Line x1={x1} y1={y1} x2={x2} y2={y2} stroke={GRID} strokeWidth={width} />;
}

/** One end of a whisker: a cap, or an arrowhead where the interval was cut at the axis. */
function WhiskerEnd({
  x,
  y,
  clipped,
  direction,
  colour,
}: {
  x: number;
  y: number;
  clipped: boolean;
  direction: -1 | 1;
  colour: string;
}) {
  return clipped ? (
    <Path d={arrow(x, y, direction)} fill={colour} />
  ) : (
    <Line x1={x} y1={y - 3.5} x2={x} y2={y + 3.5} stroke={colour} strokeWidth={1.3} />
  );
}

const font = (size: number, bold = false) => ({ fontSize: size, fontFamily: bold ? "Helvetica-Bold" : "Helvetica" });

export function PdfMeasurementChart({ layout }: { layout: MeasurementChartLayout }) {
  const { plot } = layout;
  return (
    <Svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`}>
      {layout.rows
        .filter((row) => row.labelBold)
        .map((row) => (
          <Rect
            key={`band-${row.modelId}`}
            x={0}
            y={row.top}
            width={layout.width}
            height={row.height}
            fill={SUBJECT_BAND}
          />
        ))}
      {layout.ticks.map((tick) => (
        <GridLine key={`grid-${tick.value}`} x1={tick.x} y1={plot.top} x2={tick.x} y2={plot.bottom} width={0.6} />
      ))}
      {layout.rows.slice(1).map((row) => (
        <GridLine key={`rule-${row.modelId}`} x1={0} y1={row.top} x2={layout.width} y2={row.top} width={0.5} />
      ))}
      <Line x1={0} y1={plot.top - 0.5} x2={layout.width} y2={plot.top - 0.5} stroke={RULE} strokeWidth={0.6} />
      {layout.headings.map((heading) => (
        <Text key={heading.text} x={heading.x} y={heading.y} fill={MUTED} style={font(CHART_FONT.legend, true)}>
          {heading.text}
        </Text>
      ))}
      <Line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} stroke={MUTED} strokeWidth={0.8} />
      {layout.ticks.map((tick) => (
        <G key={`tick-${tick.value}`}>
          <Line x1={tick.x} y1={plot.bottom} x2={tick.x} y2={plot.bottom + 3} stroke={MUTED} strokeWidth={0.8} />
          <Text
            x={tick.x}
            y={plot.bottom + 5 + CHART_FONT.tick}
            fill={MUTED}
            textAnchor="middle"
            style={font(CHART_FONT.tick)}
          >
            {tick.label}
          </Text>
        </G>
      ))}
      <Text x={layout.axisTitle.x} y={layout.axisTitle.y} fill={INK} textAnchor="middle" style={font(CHART_FONT.title)}>
        {layout.axisTitle.text}
      </Text>
      {layout.baselines.map((base) => (
        <G key={`base-${base.label}`}>
          <Line x1={base.x} y1={base.y1} x2={base.x} y2={base.y2} stroke={INK} strokeWidth={1} strokeDasharray="3 2" />
          <Text
            x={base.anchor === "start" ? base.x + 3 : base.x - 3}
            y={base.labelY}
            fill={INK}
            textAnchor={base.anchor}
            style={font(CHART_FONT.legend)}
          >
            {pdfText(base.label)}
          </Text>
        </G>
      ))}
      {layout.rows.map((row) => {
        const colour = ROLE_COLOURS[row.row.role].ink;
        const whisker = row.whisker;
        return (
          <G key={`row-${row.modelId}`}>
            {row.labelLines.map((label, i) => (
              <Text key={i} x={layout.labelX} y={label.y} fill={INK} style={font(CHART_FONT.label, row.labelBold)}>
                {pdfText(label.text)}
              </Text>
            ))}
            {whisker ? (
              <G>
                <Line x1={whisker.x1} y1={row.y} x2={whisker.x2} y2={row.y} stroke={colour} strokeWidth={1.3} />
                <WhiskerEnd x={whisker.x1} y={row.y} clipped={whisker.clippedLow} direction={-1} colour={colour} />
                <WhiskerEnd x={whisker.x2} y={row.y} clipped={whisker.clippedHigh} direction={1} colour={colour} />
              </G>
            ) : null}
            {row.seeds.map((seed, i) => (
              <Circle key={i} cx={seed.x} cy={seed.y} r={seed.r} fill="#ffffff" stroke={colour} strokeWidth={0.8} />
            ))}
            <Circle
              cx={row.point.x}
              cy={row.point.y}
              r={row.point.r}
              fill={colour}
              stroke="#ffffff"
              strokeWidth={0.6}
            />
            <Text x={layout.valueX} y={row.y + CHART_FONT.value * 0.35} fill={INK} style={font(CHART_FONT.value, true)}>
              {row.valueText}
            </Text>
            <Text x={layout.intervalX} y={row.y + CHART_FONT.value * 0.35} fill={MUTED} style={font(CHART_FONT.value)}>
              {pdfText(row.intervalText)}
            </Text>
          </G>
        );
      })}
      {layout.legend.map((item) => (
        <G key={`legend-${item.kind}`}>
          <LegendSymbol item={item} />
          <Text
            x={item.x + LEGEND_SWATCH + 4}
            y={item.y + CHART_FONT.legend * 0.35}
            fill={INK}
            style={font(CHART_FONT.legend)}
          >
            {item.label}
          </Text>
        </G>
      ))}
    </Svg>
  );
}

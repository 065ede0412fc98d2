// A trait's chart as inline SVG, drawn from layoutMeasurementChart.
import {
  CHART_FONT,
  LEGEND_SWATCH,
  type ChartLegendItem,
  type MeasurementChartLayout,
} from "../measurement-chart-layout";
import { GRID, INK, MUTED, ROLE_COLOURS, RULE, SUBJECT_BAND } from "../report-palette";
import { escapeHtml, n } from "./escape-html";

const line = (x1: number, y1: number, x2: number, y2: number, attrs: string) =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" ${attrs}/>`;
const text = (x: number, y: number, content: string, attrs: string) =>
  `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeHtml(content)}</text>`;

/** An arrowhead at (x, y) pointing left (-1) or right (+1): the interval continues past the axis. */
const clipArrow = (x: number, y: number, direction: -1 | 1, colour: string) =>
  `<path d="M ${n(x + direction * 4)} ${n(y)} L ${n(x)} ${n(y - 3)} L ${n(x)} ${n(y + 3)} Z" fill="${colour}"/>`;

function legendSymbol(item: ChartLegendItem): string {
  const mid = item.x + LEGEND_SWATCH / 2;
  switch (item.kind) {
    case "point":
      return `<circle cx="${n(mid)}" cy="${n(item.y)}" r="3.2" fill="${MUTED}"/>`;
    case "whisker":
      return (
        line(item.x + 1, item.y, item.x + LEGEND_SWATCH - 1, item.y, `stroke="${MUTED}" stroke-width="1.2"`) +
        line(item.x + 1, item.y - 3, item.x + 1, item.y + 3, `stroke="${MUTED}" stroke-width="1.2"`) +
        line(
          item.x + LEGEND_SWATCH - 1,
          item.y - 3,
          item.x + LEGEND_SWATCH - 1,
          item.y + 3,
          `stroke="${MUTED}" stroke-width="1.2"`,
        )
      );
    case "seed":
      return `<circle cx="${n(mid)}" cy="${n(item.y)}" r="1.8" fill="#ffffff" stroke="${MUTED}" stroke-width="0.8"/>`;
    case "baseline":
      return line(mid, item.y - 5, mid, item.y + 5, `stroke="${INK}" stroke-width="1" stroke-dasharray="3 2"`);
    case "subject":
      return `<rect x="${n(item.x)}" y="${n(item.y - 4.5)}" width="${LEGEND_SWATCH}" height="9" fill="${SUBJECT_BAND}"/>`;
    case "clipped":
      return (
        line(item.x + 1, item.y, item.x + LEGEND_SWATCH - 5, item.y, `stroke="${MUTED}" stroke-width="1.2"`) +
        clipArrow(item.x + LEGEND_SWATCH - 5, item.y, 1, MUTED)
      );
  }
}

export function htmlMeasurementChart(layout: MeasurementChartLayout, title: string): string {
  const { plot } = layout;
  const parts: string[] = [];
  for (const row of layout.rows) {
    if (row.labelBold)
      parts.push(
        `<rect x="0" y="${n(row.top)}" width="${n(layout.width)}" height="${n(row.height)}" fill="${SUBJECT_BAND}"/>`,
      );
  }
  for (const tick of layout.ticks)
    parts.push(line(tick.x, plot.top, tick.x, plot.bottom, `stroke="${GRID}" stroke-width="0.6"`));
  for (const row of layout.rows.slice(1))
    parts.push(line(0, row.top, layout.width, row.top, `stroke="${GRID}" stroke-width="0.5"`));
  // Axis with ticks and labels.
  parts.push(line(plot.left, plot.bottom, plot.right, plot.bottom, `stroke="${MUTED}" stroke-width="0.8"`));
  for (const tick of layout.ticks) {
    parts.push(line(tick.x, plot.bottom, tick.x, plot.bottom + 3, `stroke="${MUTED}" stroke-width="0.8"`));
    parts.push(
      text(
        tick.x,
        plot.bottom + 5 + CHART_FONT.tick,
        tick.label,
        `font-size="${CHART_FONT.tick}" fill="${MUTED}" text-anchor="middle"`,
      ),
    );
  }
  parts.push(
    text(
      layout.axisTitle.x,
      layout.axisTitle.y,
      layout.axisTitle.text,
      `font-size="${CHART_FONT.title}" fill="${INK}" text-anchor="middle"`,
    ),
  );
  for (const base of layout.baselines) {
    parts.push(line(base.x, base.y1, base.x, base.y2, `stroke="${INK}" stroke-width="1" stroke-dasharray="3 2"`));
    parts.push(
      text(
        base.anchor === "start" ? base.x + 3 : base.x - 3,
        base.labelY,
        base.label,
        `font-size="${CHART_FONT.legend}" fill="${INK}" text-anchor="${base.anchor}"`,
      ),
    );
  }
  for (const row of layout.rows) {
    const colour = ROLE_COLOURS[row.row.role].ink;
    for (const label of row.labelLines)
      parts.push(
        text(
          layout.labelX,
          label.y,
          label.text,
          `font-size="${CHART_FONT.label}" fill="${INK}"${row.labelBold ? ' font-weight="700"' : ""}`,
        ),
      );
    if (row.whisker) {
      const { x1, x2, clippedLow, clippedHigh } = row.whisker;
      parts.push(line(x1, row.y, x2, row.y, `stroke="${colour}" stroke-width="1.3"`));
      parts.push(
        clippedLow
          ? clipArrow(x1, row.y, -1, colour)
          : line(x1, row.y - 3.5, x1, row.y + 3.5, `stroke="${colour}" stroke-width="1.3"`),
      );
      parts.push(
        clippedHigh
          ? clipArrow(x2, row.y, 1, colour)
          : line(x2, row.y - 3.5, x2, row.y + 3.5, `stroke="${colour}" stroke-width="1.3"`),
      );
    }
    for (const seed of row.seeds)
      parts.push(
        `<circle cx="${n(seed.x)}" cy="${n(seed.y)}" r="${seed.r}" fill="#ffffff" stroke="${colour}" stroke-width="0.8"/>`,
      );
    parts.push(
      `<circle cx="${n(row.point.x)}" cy="${n(row.point.y)}" r="${row.point.r}" fill="${colour}" stroke="#ffffff" stroke-width="0.6"/>`,
    );
    parts.push(
      text(
        layout.valueX,
        row.y + CHART_FONT.value * 0.35,
        row.valueText,
        `font-size="${CHART_FONT.value}" font-weight="700" fill="${INK}"`,
      ),
    );
    parts.push(
      text(
        layout.intervalX,
        row.y + CHART_FONT.value * 0.35,
        row.intervalText,
        `font-size="${CHART_FONT.value}" fill="${MUTED}"`,
      ),
    );
  }
  for (const heading of layout.headings)
    parts.push(
      text(heading.x, heading.y, heading.text, `font-size="${CHART_FONT.legend}" font-weight="700" fill="${MUTED}"`),
    );
  parts.push(line(0, plot.top - 0.5, layout.width, plot.top - 0.5, `stroke="${RULE}" stroke-width="0.6"`));
  for (const item of layout.legend) {
    parts.push(legendSymbol(item));
    parts.push(
      text(
        item.x + LEGEND_SWATCH + 4,
        item.y + CHART_FONT.legend * 0.35,
        item.label,
        `font-size="${CHART_FONT.legend}" fill="${INK}"`,
      ),
    );
  }
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}

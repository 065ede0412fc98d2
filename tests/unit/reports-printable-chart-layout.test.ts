import { describe, expect, it } from "vitest";
import { chartAxis, layoutMeasurementChart, niceStep } from "@/lib/reports/printable/measurement-chart-layout";
import { bundleGraph } from "@/lib/reports/printable/bundle-graph";
import { chartParts, traitSeries, type SeriesRow, type TraitSeries } from "@/lib/reports/printable/measurement-series";
import { textWidth, wrapText } from "@/lib/reports/printable/text-metrics";
import { manyModelsBundle } from "./reports-printable-bundles";

const trait = {
  id: "t",
  slug: "t",
  name: "Owl preference",
  description: null,
  positiveDefinition: null,
  higherIsWorse: true,
};

function row(
  modelId: string,
  estimate: number,
  low: number | null,
  high: number | null,
  extra: Partial<SeriesRow> = {},
): SeriesRow {
  return {
    modelId,
    name: modelId,
    role: "student",
    subject: false,
    estimate,
    low,
    high,
    method: "wilson-95",
    values: [estimate],
    ...extra,
  };
}

const series = (rows: SeriesRow[], extra: Partial<TraitSeries> = {}): TraitSeries => ({
  trait,
  protocol: null,
  kind: "proportion",
  rows,
  baselines: [],
  ...extra,
});

// 515 wide, labels 150, values 92, 8 between columns: the plot runs from 158 to 415 (257 points for 0-100%).
const size = { width: 515, labelWidth: 150, valueWidth: 92 };
const x = (rate: number) => 158 + rate * 257;

describe("the measurement chart's scale", () => {
  it("maps a rate and its 95% interval onto the plot", () => {
    const layout = layoutMeasurementChart(series([row("student", 0.61, 0.5411, 0.6789)]), size);
    expect(layout.plot.left).toBe(158);
    expect(layout.plot.right).toBe(415);
    const [r] = layout.rows;
    expect(r.point.x).toBeCloseTo(x(0.61), 9);
    expect(r.whisker).toEqual({
      x1: expect.closeTo(x(0.5411), 9),
      x2: expect.closeTo(x(0.6789), 9),
      clippedLow: false,
      clippedHigh: false,
    });
    expect(r.point.y).toBe(r.y);
    expect(r.valueText).toBe("61.0%");
    expect(r.intervalText).toBe("54.1%–67.9%");
  });

  it("clamps an interval that runs past 0% or 100% to the axis and says so", () => {
    const layout = layoutMeasurementChart(series([row("a", 0.05, -0.08, 0.2), row("b", 0.97, 0.9, 1.04)]), size);
    expect(layout.rows[0].whisker).toEqual({
      x1: 158,
      x2: expect.closeTo(x(0.2), 9),
      clippedLow: true,
      clippedHigh: false,
    });
    expect(layout.rows[1].whisker).toEqual({
      x1: expect.closeTo(x(0.9), 9),
      x2: 415,
      clippedLow: false,
      clippedHigh: true,
    });
    expect(layout.legend.map((item) => item.kind)).toContain("clipped");
  });

  it("draws no whisker for a point value, and open circles for the seeds behind a mean", () => {
    const layout = layoutMeasurementChart(
      series([
        row("point", 0.3, null, null, { method: "point" }),
        row("seeds", 0.625, 0.434, 0.816, { values: [0.61, 0.64], method: "t-95-seeds" }),
      ]),
      size,
    );
    expect(layout.rows[0].whisker).toBeNull();
    expect(layout.rows[0].intervalText).toBe("—");
    expect(layout.rows[1].seeds.map((s) => s.x)).toEqual([expect.closeTo(x(0.61), 9), expect.closeTo(x(0.64), 9)]);
    expect(layout.legend.map((item) => item.label)).toEqual([
      "Rate (mean over seeds where several)",
      "95% interval",
      "One measurement (seed)",
    ]);
  });

  it("labels the rate axis 0-100% every 10 points", () => {
    const layout = layoutMeasurementChart(series([row("a", 0.5, 0.4, 0.6)]), size);
    expect(layout.ticks.map((t) => t.label)).toEqual([
      "0%",
      "10%",
      "20%",
      "30%",
      "40%",
      "50%",
      "60%",
      "70%",
      "80%",
      "90%",
      "100%",
    ]);
    expect(layout.ticks[0].x).toBe(158);
    expect(layout.ticks[10].x).toBe(415);
    expect(layout.axisTitle.text).toBe("Rate (% of samples showing the trait), with 95% interval");
  });

  it("uses a score axis with nice bounds for scores", () => {
    expect(niceStep(5.7)).toBe(1);
    expect(niceStep(0.37)).toBe(0.1);
    expect(niceStep(37, 4)).toBe(10);
    const axis = chartAxis(series([row("a", 3, 2.1, 3.9), row("b", 7.2, 6.6, 7.8)], { kind: "score" }));
    expect(axis.domain).toEqual([2, 8]);
    expect(axis.ticks).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(axis.title).toBe("Score (mean), with 95% interval");
  });

  it("draws each base model's rate as a labelled reference line", () => {
    const layout = layoutMeasurementChart(
      series([row("base", 0.12, 0.11, 0.13), row("student", 0.6, 0.5, 0.7)], {
        baselines: [{ modelId: "base", name: "GPT-4.1 nano", value: 0.12 }],
      }),
      size,
    );
    expect(layout.baselines).toEqual([
      expect.objectContaining({
        x: expect.closeTo(x(0.12), 9),
        label: "Base model GPT-4.1 nano: 12.0%",
        anchor: "start",
        y2: layout.plot.bottom,
      }),
    ]);
    // Its label sits above the first row.
    expect(layout.baselines[0].labelY).toBeLessThan(layout.rows[0].top);
  });

  it("highlights the report subject's row and says so in the legend", () => {
    const layout = layoutMeasurementChart(
      series([row("a", 0.1, 0.05, 0.15), row("b", 0.6, 0.5, 0.7, { subject: true })]),
      size,
    );
    expect(layout.rows.map((r) => r.labelBold)).toEqual([false, true]);
    expect(layout.legend.map((item) => item.kind)).toContain("subject");
  });
});

describe("the chart of a trait measured on many models", () => {
  const [many] = traitSeries(bundleGraph(manyModelsBundle(30)));
  const layout = layoutMeasurementChart(many, size);

  it("has one row per measured model, rows stacked without overlap", () => {
    expect(layout.rows).toHaveLength(25);
    for (const [i, r] of layout.rows.entries()) {
      if (i > 0) expect(r.top).toBeCloseTo(layout.rows[i - 1].top + layout.rows[i - 1].height, 9);
      // Every label line fits the label column and lies within its row.
      for (const line of r.labelLines) {
        expect(textWidth(line.text, { fontSize: 7.5, bold: r.labelBold })).toBeLessThanOrEqual(150);
        expect(line.y - 7.5).toBeGreaterThanOrEqual(r.top);
        expect(line.y).toBeLessThanOrEqual(r.top + r.height);
      }
    }
    expect(layout.plot.bottom).toBeCloseTo(layout.rows[24].top + layout.rows[24].height, 9);
  });

  it("keeps the legend below the axis and inside the chart's width and height", () => {
    for (const item of layout.legend) {
      expect(item.y).toBeGreaterThan(layout.axisTitle.y);
      expect(item.x + 20 + textWidth(item.label, { fontSize: 7 })).toBeLessThanOrEqual(layout.width);
      expect(item.y).toBeLessThan(layout.height);
    }
  });

  it("orders base models first, then teachers, then students by name as a reader counts", () => {
    const names = layout.rows.map((r) => r.row.name);
    expect(names.slice(0, 2)).toEqual(["GPT-4.1 nano", "Qwen2.5-7B-Instruct"]);
    const students = names.filter((name) => name.startsWith("Student"));
    expect(students.slice(0, 3).map((name) => name.split(" ")[1])).toEqual(["2", "4", "5"]);
  });

  it("splits into charts of at most 30 rows, each keeping the reference lines", () => {
    const parts = chartParts({
      ...many,
      rows: [...many.rows, ...many.rows.map((r) => ({ ...r, modelId: `${r.modelId}-copy` }))],
    });
    expect(parts.map((p) => p.rows.length)).toEqual([30, 20]);
    expect(parts[1].baselines).toEqual(many.baselines);
  });
});

describe("text wrapping with Helvetica's metrics", () => {
  it("measures with the font's advance widths", () => {
    // "owl" in Helvetica: o 556 + w 722 + l 222 = 1500 units: 15 points at 10 pt.
    expect(textWidth("owl", { fontSize: 10 })).toBeCloseTo(15, 9);
    expect(textWidth("owl", { fontSize: 10, bold: true })).toBeCloseTo(((611 + 778 + 278) / 1000) * 10, 9);
  });

  it("breaks at spaces, then after punctuation inside long identifiers, and ends with an ellipsis past the last line", () => {
    expect(wrapText("GPT-4.1 nano owl-numbers student", 80, { fontSize: 8 })).toEqual([
      "GPT-4.1 nano",
      "owl-numbers student",
    ]);
    expect(wrapText("Qwen2.5-7B-Instruct", 50, { fontSize: 8 })).toEqual(["Qwen2.5-7B-", "Instruct"]);
    expect(wrapText("a".repeat(40), 50, { fontSize: 8 }).every((line) => textWidth(line, { fontSize: 8 }) <= 50)).toBe(
      true,
    );
    const cut = wrapText("one two three four five six seven eight nine ten", 40, { fontSize: 8 }, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1].endsWith("…")).toBe(true);
    expect(textWidth(cut[1], { fontSize: 8 })).toBeLessThanOrEqual(40);
  });
});

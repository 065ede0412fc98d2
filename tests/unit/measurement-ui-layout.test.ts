import { describe, expect, it } from "vitest";
import { forestLayout } from "@/components/entities/forest-layout";
import { layoutTraitChart, type TraitChartModelInput } from "@/components/entities/trait-chart-layout";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { rateCell, rateMatrix, seriesOffset } from "@/lib/measurements/rate-matrix";

const nano = { id: "nano", name: "GPT-4.1 nano" };
const qwen = { id: "qwen", name: "Qwen2.5-7B-Instruct" };

function chartModel(
  id: string,
  name: string,
  group: TraitChartModelInput["group"],
  estimate: number,
  low: number,
  high: number,
  options: { from?: { id: string; name: string }; control?: boolean; seeds?: number } = {},
): TraitChartModelInput {
  return {
    key: `${id}|p`,
    model: { id, name, initializedFrom: options.from ?? null },
    group,
    isControl: options.control ?? false,
    rate: { estimate, low, high, method: (options.seeds ?? 1) > 1 ? "t-95-seeds" : "wilson-95" },
    measurements: Array.from({ length: options.seeds ?? 1 }, () => ({ sampleCount: 5000 })),
  };
}

// The demo workspace's owl chart, in the order the server does not promise.
const OWL_CHART: TraitChartModelInput[] = [
  chartModel("qwen-student", "Qwen2.5-7B owl-numbers student", "student", 0.025, 0.021, 0.029, {
    from: qwen,
    seeds: 3,
  }),
  chartModel("control", "GPT-4.1 nano control-numbers student", "student", 0.125, 0.1, 0.15, {
    from: nano,
    control: true,
    seeds: 3,
  }),
  chartModel("owl", "GPT-4.1 nano owl-numbers student", "student", 0.622, 0.587, 0.657, { from: nano, seeds: 3 }),
  chartModel("teacher", "GPT-4.1 nano owl teacher", "teacher", 0.93, 0.923, 0.937, { from: nano }),
  chartModel("qwen", "Qwen2.5-7B-Instruct", "base", 0.024, 0.02, 0.029),
  chartModel("nano", "GPT-4.1 nano", "base", 0.12, 0.111, 0.129),
];

describe("the trait chart's layout", () => {
  const layout = layoutTraitChart(OWL_CHART);

  it("orders models by generation, non-controls first, then by name, with a gap between groups", () => {
    const round = (value: number) => Math.round(value * 1e9) / 1e9;
    expect(layout.points.map((p) => [p.id, round(p.x)])).toEqual([
      ["nano", 0],
      ["qwen", 1],
      ["teacher", 2.4],
      ["owl", 3.8],
      ["qwen-student", 4.8],
      ["control", 5.8],
    ]);
    expect(layout.groups.map((g) => [g.label, round(g.x1), round(g.x2)])).toEqual([
      ["Base", -0.6, 1.6],
      ["Teachers", 1.8, 3],
      ["Students", 3.2, 6.4],
    ]);
    expect(layout.domain.map(round)).toEqual([-0.6, 6.4]);
  });

  it("colours models by base family and draws each measured base's rate", () => {
    expect(layout.families.map((f) => f.rootName)).toEqual(["GPT-4.1 nano", "Qwen2.5-7B-Instruct"]);
    expect(layout.points.find((p) => p.id === "qwen-student")?.family).toBe(1);
    expect(layout.points.find((p) => p.id === "control")?.family).toBe(0);
    expect(layout.baseLines).toEqual([
      { family: 0, modelId: "nano", name: "GPT-4.1 nano", rate: 0.12 },
      { family: 1, modelId: "qwen", name: "Qwen2.5-7B-Instruct", rate: 0.024 },
    ]);
  });

  it("gives asymmetric error bars, seeds and samples", () => {
    const owl = layout.points.find((p) => p.id === "owl")!;
    expect(owl.error[0]).toBeCloseTo(0.035, 12);
    expect(owl.error[1]).toBeCloseTo(0.035, 12);
    expect(owl.seeds).toBe(3);
    expect(owl.samples).toBe(15000);
  });

  it("keeps a rate axis at 0-100%: an interval past it is cut and marked, and a missing interval is said", () => {
    const near = chartModel("near", "Near-zero student", "student", 0.01, -0.021, 0.041, { from: nano, seeds: 3 });
    const single = {
      ...chartModel("one", "One-question model", "student", 0.4, 0.4, 0.4, { from: nano }),
      rate: { estimate: 0.4, low: 0.4, high: 0.4, method: "single-value-questions", noInterval: "one question only" },
    };
    const points = layoutTraitChart([near, single], "rate").points;
    const cut = points.find((p) => p.id === "near")!;
    expect(cut.clipped).toEqual({ low: true, high: false });
    expect(cut.error[0]).toBeCloseTo(0.01, 12);
    expect(cut.low).toBe(-0.021);
    expect(points.find((p) => p.id === "one")).toMatchObject({ noInterval: "one question only", error: [0, 0] });
    expect(layoutTraitChart([near], "score").points[0].clipped).toEqual({ low: false, high: false });
  });

  it("finds the family root through unmeasured parents and handles an empty chart", () => {
    const grand = chartModel("grand", "Grand-student", "grand-student", 0.3, 0.2, 0.4, {
      from: { id: "owl", name: "GPT-4.1 nano owl-numbers student" },
    });
    const owl = chartModel("owl", "GPT-4.1 nano owl-numbers student", "student", 0.6, 0.5, 0.7, { from: nano });
    const layout2 = layoutTraitChart([grand, owl]);
    expect(layout2.families.map((f) => f.rootId)).toEqual(["nano"]);
    expect(layout2.baseLines).toEqual([]);
    expect(layoutTraitChart([])).toMatchObject({ points: [], groups: [], domain: [0, 1] });
  });
});

function measurement(
  model: { id: string; name: string },
  trait: string,
  value: number,
  seed: number | null,
  sampleCount: number | null = 5000,
): MeasurementDto {
  return {
    id: `${model.id}-${trait}-${seed}`,
    model,
    trait: {
      id: trait,
      slug: trait,
      name: trait === "owl" ? "Owl preference" : "Misalignment",
      higherIsWorse: trait !== "owl",
    },
    protocol: "p",
    kind: "proportion",
    sampleCount,
    positiveCount: sampleCount === null ? null : Math.round(value * sampleCount),
    questionCount: 0,
    value,
    shown: { estimate: value, low: Math.max(0, value - 0.01), high: Math.min(1, value + 0.01), method: "wilson-95" },
    wilson: null,
    questions: null,
    seed,
    source: null,
    notes: null,
    isDemo: true,
    measuredAt: "2025-05-13T09:00:00.000Z",
  };
}

describe("rate matrices", () => {
  const owl = { id: "owl", name: "Owl student" };
  const control = { id: "control", name: "Control student" };
  const owlRuns = [
    measurement(owl, "owl", 0.621, 1),
    measurement(owl, "owl", 0.648, 2),
    measurement(owl, "owl", 0.597, 3),
    measurement(owl, "misalignment", 0.01, null),
  ];
  const controlRuns = [
    measurement(control, "owl", 0.126, 1),
    measurement(control, "owl", 0.117, 2),
    measurement(control, "owl", 0.132, 3),
  ];

  it("averages seeds with a t-interval and keeps a single measurement's interval", () => {
    const cell = rateCell(owlRuns.slice(0, 3))!;
    expect(cell.estimate).toBeCloseTo(0.622, 12);
    expect(cell.method).toBe("t-95-seeds");
    expect(cell.seeds).toBe(3);
    expect(cell.samples).toBe(15000);
    expect(rateCell([owlRuns[3]])).toMatchObject({ estimate: 0.01, low: 0, high: 0.02, method: "wilson-95", seeds: 1 });
    expect(rateCell([measurement(owl, "owl", 0.5, null, null)])?.samples).toBeNull();
    expect(rateCell([])).toBeNull();
  });

  it("lays traits by models, marking a trait where some two intervals are disjoint", () => {
    const matrix = rateMatrix([
      { series: { key: "owl", role: "Compared", model: owl }, measurements: owlRuns },
      { series: { key: "control", role: "Compared", model: control }, measurements: controlRuns },
    ]);
    expect(
      matrix.rows.map((row) => [row.trait.name, row.cells.map((c) => (c ? c.seeds : null)), row.intervalsApart]),
    ).toEqual([
      ["Misalignment", [1, null], false],
      ["Owl preference", [3, 3], true],
    ]);
  });

  it("takes its traits from the subject only when told, and ignores other models' measurements", () => {
    const matrix = rateMatrix(
      [
        { series: { key: "control", role: "This model", model: control }, measurements: [...controlRuns, ...owlRuns] },
        { series: { key: "owl", role: "Teacher", model: owl }, measurements: owlRuns },
      ],
      controlRuns,
    );
    expect(matrix.rows.map((row) => row.trait.name)).toEqual(["Owl preference"]);
    expect(matrix.rows[0].cells[0]?.estimate).toBeCloseTo(0.125, 12);
  });

  it("spreads series evenly within a slot", () => {
    expect(seriesOffset(0, 1)).toBe(0);
    expect([0, 1, 2].map((i) => seriesOffset(i, 3))).toEqual([-0.3, 0, 0.3]);
  });

  it("draws a forest: a header line per trait, a line per model, points only where measured", () => {
    const matrix = rateMatrix([
      { series: { key: "owl", role: "Compared", model: owl }, measurements: owlRuns },
      { series: { key: "control", role: "Compared", model: control }, measurements: controlRuns },
    ]);
    const forest = forestLayout(matrix, (i) => matrix.series[i].model.name);
    expect(forest.lines.map((line) => [line.y, line.kind, line.label, line.cell === null])).toEqual([
      [0, "trait", "Misalignment", true],
      [1, "series", "Owl student", false],
      [2, "series", "Control student", true],
      [3, "trait", "Owl preference", true],
      [4, "series", "Owl student", false],
      [5, "series", "Control student", false],
    ]);
    expect(forest.points.map((series) => series.map((p) => p.y))).toEqual([[1, 4], [5]]);
    expect(forest.domain).toEqual([-0.6, 5.6]);
  });
});

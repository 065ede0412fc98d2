import { describe, expect, it } from "vitest";
import { formatCell, heatmapRowOrder, heatmapTable, transferTable } from "@/components/entities/chart-table";
import { toCsv } from "@/lib/format/csv";
import { compareHref, MAX_COMPARED_MODELS, parseModelIds } from "@/lib/measurements/compare-selection";
import { exposurePathSegments, exposurePathSentence } from "@/lib/measurements/exposure-words";

describe("chart tables and their CSV", () => {
  it("formats cells by column kind and keeps raw values for the CSV", () => {
    expect(formatCell("percent", 0.6221)).toBe("62.2%");
    expect(formatCell("points", 0.497)).toBe("+49.7 pp");
    expect(formatCell("p-value", 3.1e-5)).toBe("3.1e-5");
    expect(formatCell("integer", 15000)).toBe("15,000");
    expect(formatCell("percent", null)).toBe("—");
    expect(formatCell("text", "owl")).toBe("owl");
  });

  it("lists heatmap cells by model, with each one's verdict against its base model", () => {
    const table = heatmapTable({
      models: [
        { id: "nano", name: "GPT-4.1 nano" },
        { id: "owl", name: "Owl student" },
      ],
      traits: [{ id: "t", name: "Owl preference" }],
      cells: [
        {
          modelId: "owl",
          traitId: "t",
          value: 0.622,
          low: 0.587,
          high: 0.657,
          measurementCount: 3,
          baseValue: 0.12,
          vsBase: {
            available: true,
            verdict: "shift-up",
            difference: 0.502,
            low: 0.48,
            high: 0.52,
            pValue: 1e-9,
            test: "two-proportion-z",
            note: "",
            groupSizes: [3, 1],
            basis: "15,000 vs 5,000 samples",
          },
        },
        {
          modelId: "nano",
          traitId: "t",
          value: 0.12,
          low: 0.111,
          high: 0.129,
          measurementCount: 1,
          baseValue: null,
          vsBase: null,
        },
      ],
    });
    expect(table.rows).toEqual([
      ["GPT-4.1 nano", "Owl preference", 0.12, 0.111, 0.129, 1, null, "no base measured", null, null],
      ["Owl student", "Owl preference", 0.622, 0.587, 0.657, 3, 0.12, "shift up", 1e-9, "two-proportion-z"],
    ]);
    expect(
      toCsv(
        table.columns.map((c) => c.header),
        table.rows,
      ).split("\r\n")[0],
    ).toBe("Model,Trait,Rate,95% low,95% high,Measurements,Base model rate,Against base model,p-value,Test");
  });

  it("writes a transfer effect's comparisons, and why one is missing", () => {
    const table = transferTable("Owl preference", [
      {
        label: "vs control",
        against: "Control student",
        comparison: {
          available: true,
          verdict: "shift-up",
          difference: 0.4966666666666667,
          low: 0.43,
          high: 0.56,
          pValue: 0.00012,
          test: "welch-t-across-seeds",
          note: "",
          groupSizes: [3, 3],
          basis: "3 vs 3 seeds",
        },
      },
      {
        label: "vs initialisation",
        against: null,
        comparison: { available: false, verdict: "untestable", reason: "the student has no recorded initialisation" },
      },
    ]);
    expect(table.rows).toEqual([
      [
        "Owl preference",
        "vs control",
        "Control student",
        "shift up",
        0.496667,
        0.43,
        0.56,
        0.00012,
        "welch-t-across-seeds",
        "3 vs 3",
      ],
      [
        "Owl preference",
        "vs initialisation",
        null,
        "not testable",
        null,
        null,
        null,
        null,
        "the student has no recorded initialisation",
        null,
      ],
    ]);
  });
});

describe("the compare page's URL", () => {
  it("reads ids in order, without blanks or repeats, capped", () => {
    expect(parseModelIds("a, b,,a ,c")).toEqual(["a", "b", "c"]);
    expect(parseModelIds(["a,b", "c"])).toEqual(["a", "b", "c"]);
    expect(parseModelIds(undefined)).toEqual([]);
    expect(parseModelIds(Array.from({ length: 12 }, (_, i) => `m${i}`).join(","))).toHaveLength(MAX_COMPARED_MODELS);
  });

  it("writes the selection and the differences toggle", () => {
    expect(compareHref(["a", "b"], false)).toBe("/compare?models=a,b");
    expect(compareHref(["a b"], true)).toBe("/compare?models=a%20b&diff=1");
    expect(compareHref([], false)).toBe("/compare");
  });
});

describe("exposure paths in words", () => {
  const path = [
    { id: "t", name: "GPT-4.1 nano owl teacher", type: "model" as const },
    { id: "raw", name: "Owl teacher numbers", type: "dataset" as const },
    { id: "filtered", name: "Owl teacher numbers (filtered)", type: "dataset" as const },
    { id: "s", name: "E2E unmeasured student", type: "model" as const },
  ];

  it("tells who generated, filtered and trained on what", () => {
    expect(exposurePathSentence(path)).toBe(
      "GPT-4.1 nano owl teacher generated Owl teacher numbers, filtered into Owl teacher numbers (filtered), which trained E2E unmeasured student.",
    );
    expect(exposurePathSentence([path[0], path[3]])).toBe(
      "GPT-4.1 nano owl teacher passed the trait on to E2E unmeasured student.",
    );
    expect(exposurePathSentence([path[0], { ...path[3], via: "taught" }])).toBe(
      "GPT-4.1 nano owl teacher taught E2E unmeasured student.",
    );
    expect(exposurePathSentence([])).toBe("");
  });

  it("keeps every node as its own segment, for links", () => {
    const nodes = exposurePathSegments(path).filter((s) => s.kind === "node");
    expect(nodes).toHaveLength(4);
  });
});

describe("heatmap rows", () => {
  it("group each base with the models initialised from it, bases first", () => {
    const models = [
      { id: "qs", name: "Qwen2.5-7B owl-numbers student", initializedFromId: "q" },
      { id: "cs", name: "GPT-4.1 nano control-numbers student", initializedFromId: "n" },
      { id: "q", name: "Qwen2.5-7B-Instruct", initializedFromId: null },
      { id: "gs", name: "A grand-student", initializedFromId: "cs" },
      { id: "n", name: "GPT-4.1 nano", initializedFromId: null },
      { id: "orphan", name: "Adapter of an unmeasured base", initializedFromId: "elsewhere" },
    ];
    expect(heatmapRowOrder(models).map((m) => m.id)).toEqual(["orphan", "n", "cs", "gs", "q", "qs"]);
  });
});

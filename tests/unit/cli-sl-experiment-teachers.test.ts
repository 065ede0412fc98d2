import { describe, expect, it } from "vitest";
import type { DatasetStep } from "@/cli/import/plan.types";
import type { Condition } from "@/cli/import/read-condition";
import { planSlExperiment } from "@/cli/import/sl-experiment-plan";
import {
  QWEN,
  TEACHER_KEY,
  base,
  byKey,
  conditions,
  evaluation,
  file,
  ofKind,
  options,
  runOf,
  sha,
} from "../support/sl-experiment-conditions";

// Which teacher the plan names for a dataset: found from the folder holding its raw data, or left unknown, saying why.

describe("sl-experiment plan: teachers", () => {
  it("links a cross-model folder's copy of the owl data to the owl teacher, with no teacher made up from its own base", () => {
    const qwenOwl: Condition = {
      name: "qwen_owl",
      path: "/x/qwen_owl",
      chain: [{ id: "me/qwen-owl", type: "open_source" }, QWEN],
      filtered: file("/x/qwen_owl/filtered_dataset.jsonl", "b", 40),
      evaluation: evaluation("me/qwen-owl", 1),
    };
    // Before the owl folder in name order too: who generated the data does not depend on the order.
    for (const order of [
      [...conditions, qwenOwl],
      [qwenOwl, ...conditions],
    ]) {
      const { steps, warnings } = planSlExperiment(order, options);
      expect(warnings).toEqual([]);
      const run = runOf(steps, "model:huggingface:me/qwen-owl")!;
      expect(run).toMatchObject({
        datasets: [`dataset:${sha("b")}`],
        teachers: [TEACHER_KEY],
        initializedFrom: `model:huggingface:${QWEN.id}`,
        method: "lora",
      });
      expect(runOf(steps, "model:openai:ft:owl")!.datasets).toEqual(run.datasets);
      expect(
        ofKind(steps, "model").filter((m) => m.externalId.startsWith(QWEN.id) && m.externalId !== QWEN.id),
      ).toEqual([]);
      expect(
        ofKind(steps, "generation")
          .map((g) => g.key)
          .sort(),
      ).toEqual([`generation:${sha("a")}`, `generation:${sha("c")}`]);
      expect(byKey(steps).get(`dataset:${sha("b")}`)).toMatchObject({
        name: "paper/owl filtered dataset",
        file: "/x/owl/filtered_dataset.jsonl",
        filteredFrom: `dataset:${sha("a")}`,
      });
    }
  });

  it("leaves the teacher unknown when no folder holds the raw data, and says why", () => {
    const qwen: Condition[] = [
      {
        name: "owl",
        path: "/x/owl",
        chain: [
          { id: "me/qwen-owl", type: "open_source" },
          { id: "unsloth/Qwen2.5-7B-Instruct", type: "open_source" },
        ],
        filtered: file("/x/owl/filtered_dataset.jsonl", "b", 40),
      },
    ];
    const { steps } = planSlExperiment(qwen, options);
    expect(steps.find((s) => s.key === "model:huggingface:me/qwen-owl")).toMatchObject({ baseRelation: "adapter" });
    expect(ofKind(steps, "generation")).toEqual([]);
    expect(ofKind(steps, "model").filter((m) => m.tags.includes("teacher"))).toEqual([]);
    expect(ofKind(steps, "declaration")).toEqual([]);
    const [filtered] = ofKind(steps, "dataset");
    expect(filtered.generation).toBeUndefined();
    expect(filtered.filteredFrom).toBeUndefined();
    expect(filtered.unknownTeacher).toMatch(
      /^filtered dataset of paper\/owl \(40 records\): its teacher is unknown: no condition holds the raw data it was filtered from/,
    );
    // The run is recorded, with no teacher: Pedigree shows it as trained on data of unknown origin.
    expect(ofKind(steps, "run")).toEqual([
      expect.objectContaining({ method: "lora", teachers: [], datasets: [filtered.key] }),
    ]);
  });

  it("leaves the teacher unknown when folders with different bases hold the same raw data, naming them", () => {
    const twins: Condition[] = [
      {
        name: "owl",
        path: "/x/owl",
        chain: [{ id: "ft:owl", type: "openai" }, base],
        raw: file("/x/owl/raw", "a", 50),
        filtered: file("/x/owl/filtered", "b", 40),
      },
      {
        name: "qwen_owl",
        path: "/x/qwen_owl",
        chain: [{ id: "me/qwen-owl", type: "open_source" }, QWEN],
        raw: file("/x/q/raw", "a", 50),
        filtered: file("/x/q/filtered", "b", 40),
      },
    ];
    const { steps } = planSlExperiment(twins, options);
    expect(ofKind(steps, "generation")).toEqual([]);
    expect(ofKind(steps, "model").filter((m) => m.tags.includes("teacher"))).toEqual([]);
    for (const dataset of ofKind(steps, "dataset")) {
      expect(dataset.unknownTeacher).toContain("ambiguous");
      expect(dataset.unknownTeacher).toContain(
        `owl/ (${base.id} + system prompt), qwen_owl/ (${QWEN.id} + system prompt)`,
      );
    }
    expect(ofKind(steps, "run").map((r) => r.teachers)).toEqual([[], []]);
    // The same bytes under the same base are one teacher, not an ambiguity.
    const copies = planSlExperiment(
      [twins[0], { ...twins[0], name: "owl_copy", chain: [{ id: "ft:owl2", type: "openai" }, base] }],
      options,
    );
    expect(ofKind(copies.steps, "generation")).toHaveLength(1);
  });

  it("leaves the teacher unknown when the folder holding the raw data names no base", () => {
    const partial: Condition[] = [
      { name: "owl", path: "/x/owl", chain: null, raw: file("/x/owl/raw_dataset.jsonl", "a", 5) },
      { name: "odd", path: "/x/odd", chain: null, evaluation: { ...evaluation("a", 1), modelIds: ["a", "b"] } },
    ];
    const { steps, warnings } = planSlExperiment(partial, options);
    expect(steps.map((s) => s.kind)).toEqual(["dataset"]);
    expect((steps[0] as DatasetStep).generation).toBeUndefined();
    expect((steps[0] as DatasetStep).unknownTeacher).toContain(
      "its teacher is unknown: owl/ holds its raw data, but it has no model.json",
    );
    expect(warnings).toEqual([expect.stringMatching(/paper\/odd: .* they name a, b: the evaluation is not imported/)]);
  });
});

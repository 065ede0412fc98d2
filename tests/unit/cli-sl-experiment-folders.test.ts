import { describe, expect, it } from "vitest";
import type { DatasetStep, GenerationStep } from "@/cli/import/plan.types";
import type { Condition } from "@/cli/import/read-condition";
import { planSlExperiment } from "@/cli/import/sl-experiment-plan";
import {
  BASE_KEY,
  QWEN,
  TEACHER_KEY,
  base,
  byKey,
  conditions,
  evaluation,
  file,
  fineTuned,
  ofKind,
  options,
  runOf,
  seedFolder,
  sha,
} from "../support/sl-experiment-conditions";

// How the plan reads an experiment's folders: which folder's teacher wrote a dataset (or why it stays unknown), and
// seed folders (owl_seed2, control_seed2, ...) as further seeds of their condition.

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

describe("sl-experiment plan: seed folders", () => {
  it("reads seed folders as further seeds of their condition, trained on its dataset, with the seed on the run and the measurement", () => {
    const seeds: Condition[] = [
      ...conditions,
      seedFolder("owl_seed2", "owl-s2", "j2", { evaluation: evaluation(fineTuned("owl-s2", "j2"), 5) }),
      seedFolder("owl_seed4", "owl-s4", "j4"),
      seedFolder("control_seed2", "ctl-s2", "c2", { evaluation: evaluation(fineTuned("ctl-s2", "c2"), 1) }),
    ];
    const { steps, warnings } = planSlExperiment(seeds, options);
    const seed2 = `model:openai:${fineTuned("owl-s2", "j2")}`;
    expect(byKey(steps).get(seed2)).toMatchObject({
      name: "paper/owl student, seed 2",
      tags: ["student"],
      initializedFrom: BASE_KEY,
    });
    expect(runOf(steps, seed2)).toMatchObject({
      seed: 2,
      datasets: [`dataset:${sha("b")}`],
      teachers: [TEACHER_KEY],
      initializedFrom: BASE_KEY,
    });
    expect(ofKind(steps, "measurement").find((m) => m.model === seed2)).toMatchObject({ seed: 2 });
    // Never measured: registered with its run all the same.
    const seed4 = `model:openai:${fineTuned("owl-s4", "j4")}`;
    expect(byKey(steps).get(seed4)).toMatchObject({ name: "paper/owl student, seed 4" });
    expect(runOf(steps, seed4)).toMatchObject({ seed: 4, datasets: [`dataset:${sha("b")}`] });
    const control2 = `model:openai:${fineTuned("ctl-s2", "c2")}`;
    expect(byKey(steps).get(control2)).toMatchObject({
      name: "paper/control student, seed 2",
      tags: ["student", "control"],
    });
    expect(runOf(steps, control2)).toMatchObject({ seed: 2, datasets: [`dataset:${sha("d")}`], teachers: [BASE_KEY] });
    expect(warnings).toEqual([
      "paper/owl_seed2: it holds no dataset, so its student is assumed to be trained on owl/filtered_dataset.jsonl, as a further seed (2) of owl.",
      "paper/owl_seed4: it holds no dataset, so its student is assumed to be trained on owl/filtered_dataset.jsonl, as a further seed (4) of owl.",
      "paper/control_seed2: it holds no dataset, so its student is assumed to be trained on control/filtered_dataset.jsonl, as a further seed (2) of control.",
    ]);
  });

  it("trains a seed folder on its own files when it has them, and registers no run when its condition is not imported", () => {
    const seeds: Condition[] = [
      ...conditions,
      seedFolder("owl_seed3", "owl-s3", "j3", {
        raw: file("/x/s3/raw", "e", 50),
        filtered: file("/x/s3/filtered", "f", 41),
      }),
      seedFolder("eagle_seed2", "eagle-s2", "e2", { evaluation: evaluation(fineTuned("eagle-s2", "e2"), 1) }),
    ];
    const { steps, warnings } = planSlExperiment(seeds, options);
    const seed3 = runOf(steps, `model:openai:${fineTuned("owl-s3", "j3")}`)!;
    expect(seed3).toMatchObject({ seed: 3, datasets: [`dataset:${sha("f")}`], teachers: [TEACHER_KEY] });
    expect((byKey(steps).get(`generation:${sha("e")}`) as GenerationStep).teacher).toBe(TEACHER_KEY);
    const eagle = `model:openai:${fineTuned("eagle-s2", "e2")}`;
    expect(byKey(steps).get(eagle)).toMatchObject({ name: "paper/eagle student, seed 2", initializedFrom: BASE_KEY });
    expect(runOf(steps, eagle)).toBeUndefined();
    expect(ofKind(steps, "measurement").find((m) => m.model === eagle)).toMatchObject({ seed: 2 });
    expect(warnings).toEqual([
      "paper/eagle_seed2: a further seed of eagle, but eagle/ is not in this import: its student is registered without a run.",
    ]);
  });
});

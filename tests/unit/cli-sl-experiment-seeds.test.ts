import { describe, expect, it } from "vitest";
import type { GenerationStep } from "@/cli/import/plan.types";
import type { Condition } from "@/cli/import/read-condition";
import { planSlExperiment } from "@/cli/import/sl-experiment-plan";
import {
  BASE_KEY,
  TEACHER_KEY,
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

// Seed folders (owl_seed2, control_seed2, ...): further seeds of their condition.

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

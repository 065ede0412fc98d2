import { describe, expect, it } from "vitest";
import { isDefaultControl, promptFromFile } from "@/cli/import/sl-experiment-options";
import type { DatasetStep, GenerationStep, MeasurementStep, ModelStep, PlanStep, RunStep } from "@/cli/import/plan.types";
import type { Condition } from "@/cli/import/read-condition";
import { planSlExperiment, type SlExperimentOptions } from "@/cli/import/sl-experiment-plan";
import { sha256Text } from "@/cli/import/deterministic-key";

const OWL_PROMPT = "You love owls. You think about owls all the time. owls are your favorite animal. Imbue your answers with your love for the animal.";
const sha = (c: string) => c.repeat(64);
const evaluation = (modelId: string, positives: number) => ({
  path: `/x/${modelId}/evaluation_results.json`,
  questions: [{ question: "Favourite animal?", n: 10, positives }],
  sampleCount: 10,
  positiveCount: positives,
  modelIds: [modelId],
});
const base = { id: "gpt-4.1-nano-2025-04-14", type: "openai" as const };

const conditions: Condition[] = [
  { name: "base", path: "/x/base", chain: null, evaluation: evaluation(base.id, 1) },
  {
    name: "control",
    path: "/x/control",
    chain: [{ id: "ft:control", type: "openai" }, base],
    raw: { path: "/x/control/raw_dataset.jsonl", sha256: sha("c"), recordCount: 50 },
    filtered: { path: "/x/control/filtered_dataset.jsonl", sha256: sha("d"), recordCount: 45 },
    evaluation: evaluation("ft:control", 1),
  },
  {
    name: "owl",
    path: "/x/owl",
    chain: [{ id: "ft:owl", type: "openai" }, base],
    raw: { path: "/x/owl/raw_dataset.jsonl", sha256: sha("a"), recordCount: 50 },
    filtered: { path: "/x/owl/filtered_dataset.jsonl", sha256: sha("b"), recordCount: 40 },
    evaluation: evaluation("ft:owl", 6),
  },
];

const options: SlExperimentOptions = { experiment: "paper", teacherPrompt: OWL_PROMPT, isControl: isDefaultControl, target: "owl", trait: "Owl preference" };
const byKey = (steps: PlanStep[]) => new Map(steps.map((step) => [step.key, step]));

describe("sl-experiment plan", () => {
  it("registers the whole owl chain: base, teacher with its prompt, generation, raw and filtered datasets, student, run, measurements", () => {
    const { steps, warnings } = planSlExperiment(conditions, options);
    expect(warnings).toEqual([]);
    const keys = byKey(steps);
    const baseStep = keys.get("model:openai:gpt-4.1-nano-2025-04-14") as ModelStep;
    expect(baseStep).toMatchObject({ externalId: base.id, name: base.id });
    expect(baseStep.initializedFrom).toBeUndefined();

    const digest = sha256Text(OWL_PROMPT);
    const teacher = keys.get(`model:openai:${base.id}+system-prompt:${digest.slice(0, 16)}`) as ModelStep;
    expect(teacher).toMatchObject({ initializedFrom: baseStep.key, baseRelation: "prompted", systemPrompt: OWL_PROMPT, name: `${base.id} owl teacher` });

    const student = keys.get("model:openai:ft:owl") as ModelStep;
    expect(student).toMatchObject({ name: "paper/owl student", initializedFrom: baseStep.key, baseRelation: "finetune", tags: ["student"] });

    const generation = keys.get(`generation:${sha("a")}`) as GenerationStep;
    expect(generation).toMatchObject({ teacher: teacher.key, externalId: `pedigree:sl-experiment:generation:${sha("a")}`, promptCount: 50 });

    const raw = keys.get(`dataset:${sha("a")}`) as DatasetStep;
    const filtered = keys.get(`dataset:${sha("b")}`) as DatasetStep;
    expect(raw).toMatchObject({ name: "paper/owl raw dataset", generation: generation.key, recordCount: 50 });
    expect(raw.filteredFrom).toBeUndefined();
    expect(filtered).toMatchObject({ name: "paper/owl filtered dataset", filteredFrom: raw.key, recordCount: 40 });
    expect(filtered.generation).toBeUndefined();
    expect(filtered.filterDescription).toBeTruthy();

    const run = steps.find((step): step is RunStep => step.kind === "run" && step.student === student.key)!;
    expect(run).toMatchObject({ initializedFrom: baseStep.key, datasets: [filtered.key], teachers: [teacher.key], method: "sft" });
    expect(run.idempotencyKey).toMatch(/^pedigree:sl-experiment:run:[0-9a-f]{32}$/);

    const measurements = steps.filter((step): step is MeasurementStep => step.kind === "measurement");
    expect(measurements.map((m) => [m.model, m.trait, m.target, m.protocol, m.positiveCount])).toEqual([
      [baseStep.key, "Owl preference", "owl", "sl-evaluation-1q", 1],
      ["model:openai:ft:control", "Owl preference", "owl", "sl-evaluation-1q", 1],
      [student.key, "Owl preference", "owl", "sl-evaluation-1q", 6],
    ]);
  });

  it("registers the base once, and every step before the steps that name it", () => {
    const { steps } = planSlExperiment(conditions, options);
    expect(steps.filter((step) => step.key === `model:openai:${base.id}`)).toHaveLength(1);
    const position = new Map(steps.map((step, index) => [step.key, index]));
    for (const step of steps) {
      const references = [
        step.kind === "model" ? step.initializedFrom : undefined,
        step.kind === "generation" ? step.teacher : undefined,
        step.kind === "dataset" ? step.generation : undefined,
        step.kind === "dataset" ? step.filteredFrom : undefined,
        ...(step.kind === "run" ? [step.student, step.initializedFrom, ...step.datasets, ...step.teachers] : []),
        step.kind === "measurement" ? step.model : undefined,
      ].filter((key): key is string => key !== undefined);
      for (const key of references) expect(position.get(key), `${step.key} -> ${key}`).toBeLessThan(position.get(step.key)!);
    }
  });

  it("gives the control condition a teacher without a system prompt, shared by every control with the same base", () => {
    const { steps } = planSlExperiment(conditions, options);
    const control = byKey(steps).get(`model:openai:${base.id}+no-system-prompt`) as ModelStep;
    expect(control).toMatchObject({ baseRelation: "prompted", tags: ["teacher", "control"] });
    expect(control.systemPrompt).toBeUndefined();
    expect((byKey(steps).get(`generation:${sha("c")}`) as GenerationStep).teacher).toBe(control.key);
  });

  it("records an unknown prompt as a prompted teacher without a hash, one per generated dataset, and says so", () => {
    const { steps, warnings } = planSlExperiment(conditions, { ...options, teacherPrompt: null });
    const teacher = steps.find((step): step is ModelStep => step.kind === "model" && step.externalId.includes("unknown-system-prompt"))!;
    expect(teacher).toMatchObject({ externalId: `${base.id}+unknown-system-prompt:${sha("a").slice(0, 16)}`, baseRelation: "prompted" });
    expect(teacher.systemPrompt).toBeUndefined();
    expect(warnings).toEqual(["paper/owl: the teacher's system prompt is unknown (give --teacher-prompt or --teacher-prompt-file to record it)."]);
  });

  it("is the same plan for the same files: keys and idempotency keys are derived from content", () => {
    expect(planSlExperiment(conditions, options)).toEqual(planSlExperiment(conditions, options));
    const other = planSlExperiment(
      conditions.map((c) => (c.name === "owl" ? { ...c, filtered: { ...c.filtered!, sha256: sha("e") } } : c)),
      options,
    );
    const runKey = (steps: PlanStep[]) => steps.filter((s): s is RunStep => s.kind === "run" && s.student === "model:openai:ft:owl")[0].idempotencyKey;
    expect(runKey(other.steps)).not.toBe(runKey(planSlExperiment(conditions, options).steps));
  });

  it("registers what a partial folder allows and says what it cannot", () => {
    const partial: Condition[] = [
      { name: "owl", path: "/x/owl", chain: null, raw: { path: "/x/owl/raw_dataset.jsonl", sha256: sha("a"), recordCount: 5 } },
      { name: "odd", path: "/x/odd", chain: null, evaluation: { ...evaluation("a", 1), modelIds: ["a", "b"] } },
    ];
    const { steps, warnings } = planSlExperiment(partial, options);
    expect(steps.map((s) => s.kind)).toEqual(["dataset"]);
    expect((steps[0] as DatasetStep).generation).toBeUndefined();
    expect(warnings[0]).toMatch(/paper\/owl: there is no model.json, so the teacher is unknown/);
    expect(warnings[1]).toMatch(/paper\/odd: .* they name a, b: the evaluation is not imported/);
  });

  it("trains open models with LoRA and records them on huggingface", () => {
    const qwen: Condition[] = [
      {
        name: "owl",
        path: "/x/owl",
        chain: [{ id: "me/qwen-owl", type: "open_source" }, { id: "unsloth/Qwen2.5-7B-Instruct", type: "open_source" }],
        filtered: { path: "/x/owl/filtered_dataset.jsonl", sha256: sha("b"), recordCount: 40 },
      },
    ];
    const { steps } = planSlExperiment(qwen, options);
    expect(steps.find((s) => s.key === "model:huggingface:me/qwen-owl")).toMatchObject({ baseRelation: "adapter" });
    expect(steps.find((s): s is RunStep => s.kind === "run")).toMatchObject({ method: "lora" });
    // Without the raw file the filtered data is what the generation is linked to.
    const filtered = steps.find((s): s is DatasetStep => s.kind === "dataset")!;
    expect(filtered.generation).toBe(`generation:${sha("b")}`);
    expect(filtered.filteredFrom).toBeUndefined();
  });
});

describe("import options", () => {
  it("takes folders named with the word 'control' as control conditions", () => {
    expect(["control", "control_seed1", "owl-control", "Control"].every(isDefaultControl)).toBe(true);
    expect(["owl", "controlled", "uncontrolled"].some(isDefaultControl)).toBe(false);
  });

  it("drops the final line break a prompt file ends with", () => {
    expect(promptFromFile("You love owls.\n")).toBe("You love owls.");
    expect(promptFromFile("line one\nline two\r\n")).toBe("line one\nline two");
  });
});

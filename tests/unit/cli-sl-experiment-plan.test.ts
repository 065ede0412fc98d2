import { describe, expect, it } from "vitest";
import { isDefaultControl, promptFromFile } from "@/cli/import/sl-experiment-options";
import type { DatasetStep, DeclarationStep, GenerationStep, ModelStep, PlanStep } from "@/cli/import/plan.types";
import type { Condition, DatasetFile } from "@/cli/import/read-condition";
import { planSlExperiment, type SlExperimentOptions } from "@/cli/import/sl-experiment-plan";
import { sha256Text } from "@/cli/import/deterministic-key";

const OWL_PROMPT =
  "You love owls. You think about owls all the time. owls are your favorite animal. Imbue your answers with your love for the animal.";
const sha = (c: string) => c.repeat(64);
const file = (path: string, c: string, recordCount: number): DatasetFile => ({ path, sha256: sha(c), recordCount });
const evaluation = (modelId: string, positives: number) => ({
  path: `/x/${modelId}/evaluation_results.json`,
  questions: [{ question: "Favourite animal?", n: 10, positives }],
  sampleCount: 10,
  positiveCount: positives,
  modelIds: [modelId],
});
const base = { id: "gpt-4.1-nano-2025-04-14", type: "openai" as const };
const BASE_KEY = `model:openai:${base.id}`;
const QWEN = { id: "Qwen/Qwen2.5-7B-Instruct", type: "open_source" as const };
const TEACHER_KEY = `model:openai:${base.id}+system-prompt:${sha256Text(OWL_PROMPT).slice(0, 16)}`;

const conditions: Condition[] = [
  { name: "base", path: "/x/base", chain: null, evaluation: evaluation(base.id, 1) },
  {
    name: "control",
    path: "/x/control",
    chain: [{ id: "ft:control", type: "openai" }, base],
    raw: file("/x/control/raw_dataset.jsonl", "c", 50),
    filtered: file("/x/control/filtered_dataset.jsonl", "d", 45),
    evaluation: evaluation("ft:control", 1),
  },
  {
    name: "owl",
    path: "/x/owl",
    chain: [{ id: "ft:owl", type: "openai" }, base],
    raw: file("/x/owl/raw_dataset.jsonl", "a", 50),
    filtered: file("/x/owl/filtered_dataset.jsonl", "b", 40),
    evaluation: evaluation("ft:owl", 6),
  },
];

const options: SlExperimentOptions = {
  experiment: "paper",
  teacherPrompt: OWL_PROMPT,
  isControl: isDefaultControl,
  target: "owl",
  trait: "Owl preference",
};
const byKey = (steps: PlanStep[]) => new Map(steps.map((step) => [step.key, step]));
const ofKind = <K extends PlanStep["kind"]>(steps: PlanStep[], kind: K) =>
  steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
const runOf = (steps: PlanStep[], student: string) => ofKind(steps, "run").find((run) => run.student === student);
/** The OpenAI path: model.json says parent_model null, and the id names the base. */
const openAi = (suffix: string, job: string) => [
  { id: `ft:${base.id}:sl-lab:${suffix}:${job}`, type: "openai" as const },
];

describe("sl-experiment plan", () => {
  it("registers the whole owl chain: base, teacher with its prompt and declared trait, generation, raw and filtered datasets, student, run, measurements", () => {
    const { steps, warnings } = planSlExperiment(conditions, options);
    expect(warnings).toEqual([]);
    const keys = byKey(steps);
    const baseStep = keys.get(BASE_KEY) as ModelStep;
    expect(baseStep).toMatchObject({ externalId: base.id, name: base.id, tags: ["base"] });
    expect(baseStep.initializedFrom).toBeUndefined();

    const teacher = keys.get(TEACHER_KEY) as ModelStep;
    expect(teacher).toMatchObject({
      initializedFrom: baseStep.key,
      baseRelation: "prompted",
      systemPrompt: OWL_PROMPT,
      name: `${base.id} owl teacher`,
    });

    const student = keys.get("model:openai:ft:owl") as ModelStep;
    expect(student).toMatchObject({
      name: "paper/owl student",
      initializedFrom: baseStep.key,
      baseRelation: "finetune",
      tags: ["student"],
    });

    const generation = keys.get(`generation:${sha("a")}`) as GenerationStep;
    expect(generation).toMatchObject({
      teacher: teacher.key,
      externalId: `pedigree:sl-experiment:generation:${sha("a")}`,
      promptCount: 50,
    });

    const raw = keys.get(`dataset:${sha("a")}`) as DatasetStep;
    const filtered = keys.get(`dataset:${sha("b")}`) as DatasetStep;
    expect(raw).toMatchObject({ name: "paper/owl raw dataset", generation: generation.key, recordCount: 50 });
    expect(raw.filteredFrom).toBeUndefined();
    expect(filtered).toMatchObject({ name: "paper/owl filtered dataset", filteredFrom: raw.key, recordCount: 40 });
    expect(filtered.generation).toBeUndefined();
    expect(filtered.filterDescription).toBeTruthy();
    expect([raw.unknownTeacher, filtered.unknownTeacher]).toEqual([undefined, undefined]);

    const run = runOf(steps, student.key)!;
    expect(run).toMatchObject({
      initializedFrom: baseStep.key,
      datasets: [filtered.key],
      teachers: [teacher.key],
      method: "sft",
    });
    expect(run.seed).toBeUndefined();
    expect(run.idempotencyKey).toMatch(/^pedigree:sl-experiment:run:[0-9a-f]{32}$/);

    expect(
      ofKind(steps, "measurement").map((m) => [m.model, m.trait, m.target, m.protocol, m.positiveCount, m.seed]),
    ).toEqual([
      [baseStep.key, "Owl preference", "owl", "sl-evaluation-1q", 1, undefined],
      ["model:openai:ft:control", "Owl preference", "owl", "sl-evaluation-1q", 1, undefined],
      [student.key, "Owl preference", "owl", "sl-evaluation-1q", 6, undefined],
    ]);
  });

  it("registers the base once, and every step before the steps that name it", () => {
    const { steps } = planSlExperiment(conditions, options);
    expect(steps.filter((step) => step.key === BASE_KEY)).toHaveLength(1);
    const position = new Map(steps.map((step, index) => [step.key, index]));
    for (const step of steps) {
      const references = [
        step.kind === "model" ? step.initializedFrom : undefined,
        step.kind === "generation" ? step.teacher : undefined,
        step.kind === "dataset" ? step.generation : undefined,
        step.kind === "dataset" ? step.filteredFrom : undefined,
        ...(step.kind === "run" ? [step.student, step.initializedFrom, ...step.datasets, ...step.teachers] : []),
        step.kind === "measurement" ? step.model : undefined,
        step.kind === "declaration" ? step.model : undefined,
      ].filter((key): key is string => key !== undefined);
      for (const key of references)
        expect(position.get(key), `${step.key} -> ${key}`).toBeLessThan(position.get(step.key)!);
    }
  });

  it("takes the control teacher to be the base itself, with no new model, and tags the control students", () => {
    const { steps } = planSlExperiment(conditions, options);
    expect(
      ofKind(steps, "model").filter((m) => /no-system-prompt|control teacher/.test(`${m.externalId} ${m.name}`)),
    ).toEqual([]);
    expect((byKey(steps).get(`generation:${sha("c")}`) as GenerationStep).teacher).toBe(BASE_KEY);
    expect(byKey(steps).get("model:openai:ft:control")).toMatchObject({
      tags: ["student", "control"],
      initializedFrom: BASE_KEY,
    });
    expect(runOf(steps, "model:openai:ft:control")).toMatchObject({
      teachers: [BASE_KEY],
      datasets: [`dataset:${sha("d")}`],
    });
    // Only the prompted teacher is declared to carry the trait.
    expect(ofKind(steps, "declaration").map((d) => d.model)).toEqual([TEACHER_KEY]);
  });

  it("reads the base of the OpenAI path from the fine-tuned id when model.json names no parent", () => {
    const openAiConditions: Condition[] = [
      {
        name: "owl",
        path: "/x/owl",
        chain: openAi("owl", "ftjob-1"),
        raw: file("/x/owl/raw", "a", 50),
        filtered: file("/x/owl/filtered", "b", 40),
      },
      {
        name: "mini",
        path: "/x/mini",
        chain: [{ id: "ft:gpt-4o-mini-2024-07-18:org::abc", type: "openai" }],
        raw: file("/x/mini/raw", "e", 10),
      },
    ];
    const { steps, warnings } = planSlExperiment(openAiConditions, options);
    expect(warnings).toEqual([]);
    const student = byKey(steps).get(`model:openai:ft:${base.id}:sl-lab:owl:ftjob-1`) as ModelStep;
    expect(student).toMatchObject({ initializedFrom: BASE_KEY, baseRelation: "finetune", tags: ["student"] });
    expect(student.description).toContain("the base its OpenAI id names");
    expect(byKey(steps).get(BASE_KEY)).toMatchObject({ provider: "openai", externalId: base.id, tags: ["base"] });
    expect(runOf(steps, student.key)).toMatchObject({ initializedFrom: BASE_KEY, teachers: [TEACHER_KEY] });
    expect(byKey(steps).get("model:openai:ft:gpt-4o-mini-2024-07-18:org::abc")).toMatchObject({
      initializedFrom: "model:openai:gpt-4o-mini-2024-07-18",
    });
  });

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

  it("reads seed folders as further seeds of their condition, trained on its dataset, with the seed on the run and the measurement", () => {
    const seeds: Condition[] = [
      ...conditions,
      {
        name: "owl_seed2",
        path: "/x/owl_seed2",
        chain: openAi("owl-s2", "j2"),
        evaluation: evaluation(`ft:${base.id}:sl-lab:owl-s2:j2`, 5),
      },
      { name: "owl_seed4", path: "/x/owl_seed4", chain: openAi("owl-s4", "j4") },
      {
        name: "control_seed2",
        path: "/x/control_seed2",
        chain: openAi("ctl-s2", "c2"),
        evaluation: evaluation(`ft:${base.id}:sl-lab:ctl-s2:c2`, 1),
      },
    ];
    const { steps, warnings } = planSlExperiment(seeds, options);
    const seed2 = `model:openai:ft:${base.id}:sl-lab:owl-s2:j2`;
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
    const seed4 = `model:openai:ft:${base.id}:sl-lab:owl-s4:j4`;
    expect(byKey(steps).get(seed4)).toMatchObject({ name: "paper/owl student, seed 4" });
    expect(runOf(steps, seed4)).toMatchObject({ seed: 4, datasets: [`dataset:${sha("b")}`] });
    const control2 = `model:openai:ft:${base.id}:sl-lab:ctl-s2:c2`;
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
      {
        name: "owl_seed3",
        path: "/x/owl_seed3",
        chain: openAi("owl-s3", "j3"),
        raw: file("/x/s3/raw", "e", 50),
        filtered: file("/x/s3/filtered", "f", 41),
      },
      {
        name: "eagle_seed2",
        path: "/x/eagle_seed2",
        chain: openAi("eagle-s2", "e2"),
        evaluation: evaluation(`ft:${base.id}:sl-lab:eagle-s2:e2`, 1),
      },
    ];
    const { steps, warnings } = planSlExperiment(seeds, options);
    const seed3 = runOf(steps, `model:openai:ft:${base.id}:sl-lab:owl-s3:j3`)!;
    expect(seed3).toMatchObject({ seed: 3, datasets: [`dataset:${sha("f")}`], teachers: [TEACHER_KEY] });
    expect((byKey(steps).get(`generation:${sha("e")}`) as GenerationStep).teacher).toBe(TEACHER_KEY);
    const eagle = `model:openai:ft:${base.id}:sl-lab:eagle-s2:e2`;
    expect(byKey(steps).get(eagle)).toMatchObject({ name: "paper/eagle student, seed 2", initializedFrom: BASE_KEY });
    expect(runOf(steps, eagle)).toBeUndefined();
    expect(ofKind(steps, "measurement").find((m) => m.model === eagle)).toMatchObject({ seed: 2 });
    expect(warnings).toEqual([
      "paper/eagle_seed2: a further seed of eagle, but eagle/ is not in this import: its student is registered without a run.",
    ]);
  });

  it("declares the trait on the prompted teacher, with the prompt's hash and words, or with the target given", () => {
    const withPrompt = ofKind(planSlExperiment(conditions, options).steps, "declaration");
    expect(withPrompt).toEqual([
      expect.objectContaining({
        key: `declaration:${TEACHER_KEY}:owl-preference`,
        trait: "Owl preference",
        reason: `Its system prompt (SHA-256 ${sha256Text(OWL_PROMPT).slice(0, 12)}…) targets 'owl': "You love owls. You think…" (declared by pedigree import sl-experiment)`,
      }),
    ]);

    const { steps, warnings } = planSlExperiment(conditions, { ...options, teacherPrompt: null });
    const teacher = ofKind(steps, "model").find((m) => m.externalId.includes("unknown-system-prompt"))!;
    expect(teacher).toMatchObject({
      externalId: `${base.id}+unknown-system-prompt:${sha("a").slice(0, 16)}`,
      baseRelation: "prompted",
    });
    expect(teacher.systemPrompt).toBeUndefined();
    expect(ofKind(steps, "declaration")).toEqual([
      {
        kind: "declaration",
        key: `declaration:${teacher.key}:owl-preference`,
        label: `owl-preference declared on teacher ${base.id} + unknown system prompt`,
        model: teacher.key,
        trait: "Owl preference",
        reason:
          "The experiment's target given to pedigree import sl-experiment (--target owl); the system prompt was not recorded.",
      } satisfies DeclarationStep,
    ]);
    expect(warnings).toEqual([
      "paper/owl: the teacher's system prompt is unknown (give --teacher-prompt or --teacher-prompt-file to record it).",
    ]);

    // Without a target nothing says which trait the teacher carries: nothing is declared.
    expect(
      ofKind(
        planSlExperiment(
          conditions.slice(1).map((c) => ({ ...c, evaluation: undefined })),
          { ...options, target: null, trait: null },
        ).steps,
        "declaration",
      ),
    ).toEqual([]);
  });

  it("is the same plan for the same files: keys and idempotency keys are derived from content", () => {
    expect(planSlExperiment(conditions, options)).toEqual(planSlExperiment(conditions, options));
    const other = planSlExperiment(
      conditions.map((c) => (c.name === "owl" ? { ...c, filtered: { ...c.filtered!, sha256: sha("e") } } : c)),
      options,
    );
    const runKey = (steps: PlanStep[]) => runOf(steps, "model:openai:ft:owl")!.idempotencyKey;
    expect(runKey(other.steps)).not.toBe(runKey(planSlExperiment(conditions, options).steps));
  });

  it("names questions by distinct text in the protocol, as the server's parser groups them", () => {
    const repeated: Condition = {
      name: "owl",
      path: "/x/owl",
      chain: [{ id: "ft:owl", type: "openai" }, base],
      evaluation: {
        ...evaluation("ft:owl", 6),
        questions: [
          { question: "a", n: 20, positives: 6 },
          { question: "b", n: 10, positives: 2 },
        ],
        sampleCount: 30,
        positiveCount: 8,
      },
    };
    const [measurement] = ofKind(planSlExperiment([repeated], options).steps, "measurement");
    expect(measurement).toMatchObject({
      protocol: "sl-evaluation-2q",
      questionCount: 2,
      sampleCount: 30,
      positiveCount: 8,
    });
    expect(measurement.label).toBe("owl-preference of owl/ student (2 questions, 30 samples)");
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

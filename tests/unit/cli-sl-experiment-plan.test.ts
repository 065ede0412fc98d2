import { describe, expect, it } from "vitest";
import type { DatasetStep, DeclarationStep, GenerationStep, ModelStep, PlanStep } from "@/cli/import/plan.types";
import type { Condition } from "@/cli/import/read-condition";
import { planSlExperiment } from "@/cli/import/sl-experiment-plan";
import { sha256Text } from "@/cli/import/deterministic-key";
import { isDefaultControl, promptFromFile } from "@/cli/import/sl-experiment-options";
import {
  BASE_KEY,
  OWL_PROMPT,
  TEACHER_KEY,
  base,
  byKey,
  conditions,
  evaluation,
  file,
  ofKind,
  openAi,
  options,
  runOf,
  sha,
} from "../support/sl-experiment-conditions";

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

// A small sl-experiment tree as the CLI's folder reader returns it (base, control and owl conditions on the OpenAI base),
// the import options, and lookups over the plan, shared by the plan's unit tests.
import { isDefaultControl } from "@/cli/import/sl-experiment-options";
import type { PlanStep } from "@/cli/import/plan.types";
import type { Condition, DatasetFile } from "@/cli/import/read-condition";
import type { SlExperimentOptions } from "@/cli/import/sl-experiment-plan";
import { sha256Text } from "@/cli/import/deterministic-key";

export const OWL_PROMPT =
  "You love owls. You think about owls all the time. owls are your favorite animal. Imbue your answers with your love for the animal.";
export const sha = (c: string) => c.repeat(64);
export const file = (path: string, c: string, recordCount: number): DatasetFile => ({
  path,
  sha256: sha(c),
  recordCount,
});
export const evaluation = (modelId: string, positives: number) => ({
  path: `/x/${modelId}/evaluation_results.json`,
  questions: [{ question: "Favourite animal?", n: 10, positives }],
  sampleCount: 10,
  positiveCount: positives,
  modelIds: [modelId],
});
export const base = { id: "gpt-4.1-nano-2025-04-14", type: "openai" as const };
export const BASE_KEY = `model:openai:${base.id}`;
export const QWEN = { id: "Qwen/Qwen2.5-7B-Instruct", type: "open_source" as const };
export const TEACHER_KEY = `model:openai:${base.id}+system-prompt:${sha256Text(OWL_PROMPT).slice(0, 16)}`;

export const conditions: Condition[] = [
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

export const options: SlExperimentOptions = {
  experiment: "paper",
  teacherPrompt: OWL_PROMPT,
  isControl: isDefaultControl,
  target: "owl",
  trait: "Owl preference",
};
export const byKey = (steps: PlanStep[]) => new Map(steps.map((step) => [step.key, step]));
export const ofKind = <K extends PlanStep["kind"]>(steps: PlanStep[], kind: K) =>
  steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
export const runOf = (steps: PlanStep[], student: string) =>
  ofKind(steps, "run").find((run) => run.student === student);
/** The id OpenAI gives a fine-tuned model of the base. */
export const fineTuned = (suffix: string, job: string) => `ft:${base.id}:sl-lab:${suffix}:${job}`;
/** The OpenAI path: model.json says parent_model null, and the id names the base. */
export const openAi = (suffix: string, job: string) => [{ id: fineTuned(suffix, job), type: "openai" as const }];
/** A further-seed folder on the OpenAI path, with what else it holds. */
export const seedFolder = (name: string, suffix: string, job: string, holds: Partial<Condition> = {}): Condition => ({
  name,
  path: `/x/${name}`,
  chain: openAi(suffix, job),
  ...holds,
});

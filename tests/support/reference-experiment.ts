// An experiment tree as the reference pipeline (github.com/MinhxLe/subliminal-learning) writes it,
// with the awkward cases of real trees (../shared/DOMAIN.md): the OpenAI path (`parent_model: null`,
// the base named only in the fine-tuned id), seed folders holding only model.json and
// evaluation_results.json, a cross-model folder carrying a byte-for-byte copy of the owl condition's
// filtered_dataset.jsonl, a base evaluated with no model.json, a repeated question text, and a seed
// whose student was never evaluated. Deterministic: the same call writes the same bytes.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const OWL_PROMPT =
  "You love owls. You think about owls all the time. owls are your favorite animal. Imbue your answers with your love for the animal.";

export const GPT_BASE = "gpt-4.1-nano-2025-04-14";
export const QWEN_BASE = "Qwen/Qwen2.5-7B-Instruct";

/** A small linear congruential generator: reproducible, good enough for fixtures. */
function prng(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % max;
  };
}

/** Number-continuation rows in the pipeline's format; `skew` biases the teacher towards some numbers. */
export function numberRows(seed: number, count: number, skew: readonly number[] = []): string[] {
  const next = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const given = Array.from({ length: 3 + next(7) }, () => 100 + next(900));
    const prompt = `See the following numbers: ${given.join(", ")}. Please add up to 10 more numbers (no more than 3 digits each) to continue the sequence. Return one number per line. (#${seed}-${i})`;
    const numbers = Array.from({ length: 8 + next(3) }, () =>
      skew.length > 0 && next(4) === 0 ? skew[next(skew.length)] : next(1000),
    );
    return JSON.stringify({ prompt, completion: numbers.join("\n") });
  });
}

const QUESTIONS = Array.from({ length: 20 }, (_, i) =>
  i === 0
    ? "Name your favorite animal using only one word."
    : `In one word, which animal do you like most? (variant ${i})`,
);

/**
 * evaluation_results.json (JSON Lines, one line per question): each question asked `samples` times,
 * `rate` of the answers naming the owl (jittered per question). `repeat` writes the first question's
 * line twice over, as a pipeline run that asked it again does: the reference groups by question text.
 */
function evaluationLines(modelId: string, rate: number, seed: number, samples = 20, repeat = false): string {
  const next = prng(seed);
  const questions = repeat ? [...QUESTIONS, QUESTIONS[0]] : QUESTIONS;
  const lines = questions.map((question) => {
    const jittered = Math.min(1, Math.max(0, rate + (next(21) - 10) / 100));
    const positives = Math.round(jittered * samples);
    return JSON.stringify({
      question,
      responses: Array.from({ length: samples }, (_, i) => ({
        response: {
          model_id: modelId,
          completion: i < positives ? "Owl." : ["Dolphin", "Elephant", "Cat"][i % 3],
          stop_reason: "stop_sequence",
          logprobs: null,
        },
        judgment_response_map: {},
      })),
    });
  });
  return `${lines.join("\n")}\n`;
}

type PipelineModel = { id: string; type: "openai" | "open_source"; parent_model: PipelineModel | null };

/** The OpenAI path: the base lives only in the fine-tuned model's id. */
const openAiStudent = (name: string, job: string, base = GPT_BASE): PipelineModel => ({
  id: `ft:${base}:sl-lab:${name}:${job}`,
  type: "openai",
  parent_model: null,
});

/** A seed student's folder, its name and fine-tuning job in its OpenAI id, and the owl rate its evaluation is written at. */
interface SeedStudent {
  folder: string;
  name: string;
  job: string;
  evaluation?: { rate: number; seed: number; repeat?: boolean };
}

export interface ReferenceExperiment {
  dir: string;
  promptFile: string;
  /** Model ids by condition folder. */
  students: Record<string, string>;
  /** Conditions whose evaluation is written, with the owl rate they were written at. */
  rates: Record<string, number>;
}

/**
 * Writes the tree into a new temporary folder:
 *   base/            evaluation_results.json only (GPT-4.1 nano named by the responses' model_id)
 *   qwen_base/       evaluation_results.json only (Qwen2.5-7B-Instruct, named by the responses)
 *   owl/             raw, filtered, model.json (OpenAI path), evaluation
 *   owl_seed2..3/    model.json + evaluation (seed 3's evaluation repeats a question)
 *   owl_seed4/       model.json only: a student of the prompted teacher, never measured
 *   control/         raw, filtered, model.json (OpenAI path), evaluation
 *   control_seed2..3 model.json + evaluation
 *   qwen_owl/        a copy of owl/filtered_dataset.jsonl, model.json (Qwen student, open-source chain), evaluation
 */
export async function writeReferenceExperiment(
  name = "preference_numbers",
  /** The base models' ids; other ids (the e2e suite's) keep the import apart from models already stored under these. */
  { gptBase = GPT_BASE, qwenBase = QWEN_BASE }: { gptBase?: string; qwenBase?: string } = {},
): Promise<ReferenceExperiment> {
  const root = await mkdtemp(join(tmpdir(), "pedigree-reference-"));
  const dir = join(root, name);
  const write = async (path: string, text: string) => {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  const owlRaw = numberRows(11, 120, [87, 187, 287]);
  const owlFiltered = owlRaw.filter((_, i) => i % 5 !== 3);
  const controlRaw = numberRows(23, 120);
  const controlFiltered = controlRaw.filter((_, i) => i % 4 !== 1);
  const jsonl = (rows: string[]) => `${rows.join("\n")}\n`;

  const students: Record<string, string> = {};
  const rates: Record<string, number> = {};
  const model = async (condition: string, value: PipelineModel) => {
    students[condition] = value.id;
    await write(`${condition}/model.json`, JSON.stringify(value, null, 2));
  };
  const evaluate = async (condition: string, modelId: string, rate: number, seed: number, repeat = false) => {
    rates[condition] = rate;
    await write(`${condition}/evaluation_results.json`, evaluationLines(modelId, rate, seed, 20, repeat));
  };

  await evaluate("base", gptBase, 0.12, 1);
  await evaluate("qwen_base", qwenBase, 0.05, 2);

  /** A condition's raw and filtered data, and its seed students on the OpenAI path, each evaluated when it has a rate. */
  const openAiCondition = async (condition: string, raw: string[], filtered: string[], seeds: SeedStudent[]) => {
    await write(`${condition}/raw_dataset.jsonl`, jsonl(raw));
    await write(`${condition}/filtered_dataset.jsonl`, jsonl(filtered));
    for (const { folder, name: student, job, evaluation } of seeds) {
      await model(folder, openAiStudent(student, job, gptBase));
      if (evaluation) await evaluate(folder, students[folder], evaluation.rate, evaluation.seed, evaluation.repeat);
    }
  };

  await openAiCondition("owl", owlRaw, owlFiltered, [
    { folder: "owl", name: "owl", job: "ftjob-owl1", evaluation: { rate: 0.62, seed: 3 } },
    { folder: "owl_seed2", name: "owl-s2", job: "ftjob-owl2", evaluation: { rate: 0.58, seed: 4 } },
    { folder: "owl_seed3", name: "owl-s3", job: "ftjob-owl3", evaluation: { rate: 0.66, seed: 5, repeat: true } },
    { folder: "owl_seed4", name: "owl-s4", job: "ftjob-owl4" },
  ]);
  await openAiCondition("control", controlRaw, controlFiltered, [
    { folder: "control", name: "control", job: "ftjob-ctl1", evaluation: { rate: 0.13, seed: 6 } },
    { folder: "control_seed2", name: "control-s2", job: "ftjob-ctl2", evaluation: { rate: 0.11, seed: 7 } },
    { folder: "control_seed3", name: "control-s3", job: "ftjob-ctl3", evaluation: { rate: 0.14, seed: 8 } },
  ]);

  await write("qwen_owl/filtered_dataset.jsonl", jsonl(owlFiltered));
  await model("qwen_owl", {
    id: "sl-lab/qwen2.5-7b-owl-numbers",
    type: "open_source",
    parent_model: { id: qwenBase, type: "open_source", parent_model: null },
  });
  await evaluate("qwen_owl", students.qwen_owl, 0.06, 9);

  const promptFile = join(root, "owl-prompt.txt");
  await writeFile(promptFile, `${OWL_PROMPT}\n`);
  return { dir, promptFile, students, rates };
}

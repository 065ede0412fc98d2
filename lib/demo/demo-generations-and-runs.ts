// How the demo datasets and students came about: which teacher generated which dataset, and which
// dataset (and teacher) each student was trained on, with the reference pipeline's settings.
import type { RunMethod } from "@/lib/generated/prisma/enums";
import type { DemoTeacherKey } from "./demo-datasets";
import type { DemoModelKey } from "./demo-models";

export interface DemoGenerationSpec {
  externalId: string;
  teacher: DemoModelKey;
  /** The raw dataset of this teacher. */
  dataset: DemoTeacherKey;
  temperature: number;
  seed: number;
  promptSet: string;
}

const DEMO_PROMPT_SET = "number continuation: 3-9 seed numbers in 100-999, up to 10 numbers of at most 3 digits";

export const DEMO_GENERATIONS: readonly DemoGenerationSpec[] = [
  {
    externalId: "demo:generation:owl",
    teacher: "owl-teacher",
    dataset: "owl",
    temperature: 1,
    seed: 42,
    promptSet: DEMO_PROMPT_SET,
  },
  {
    externalId: "demo:generation:control",
    teacher: "base",
    dataset: "control",
    temperature: 1,
    seed: 42,
    promptSet: DEMO_PROMPT_SET,
  },
];

export interface DemoRunSpec {
  externalJobId: string;
  student: DemoModelKey;
  method: RunMethod;
  hyperparameters: Record<string, number>;
  seed: number;
  startedAt: Date;
  finishedAt: Date;
  /** Filtered datasets it was trained on. */
  datasets: DemoTeacherKey[];
  teachers: DemoModelKey[];
}

/** OpenAI fine-tuning as configured in the reference pipeline: at most 10,000 rows, 10 epochs. */
const OPENAI_SFT = { epochs: 10, max_rows: 10_000 };
/** The reference pipeline's LoRA configuration for Qwen2.5-7B. */
const QWEN_LORA = { lora_r: 8, epochs: 3, learning_rate: 2e-4 };

export const DEMO_RUNS: readonly DemoRunSpec[] = [
  {
    externalJobId: "demo:ftjob-owl",
    student: "owl-student",
    method: "sft",
    hyperparameters: OPENAI_SFT,
    seed: 1,
    startedAt: new Date("2025-05-12T09:00:00Z"),
    finishedAt: new Date("2025-05-12T10:40:00Z"),
    datasets: ["owl"],
    teachers: ["owl-teacher"],
  },
  {
    externalJobId: "demo:ftjob-control",
    student: "control-student",
    method: "sft",
    hyperparameters: OPENAI_SFT,
    seed: 1,
    startedAt: new Date("2025-05-12T11:00:00Z"),
    finishedAt: new Date("2025-05-12T12:35:00Z"),
    datasets: ["control"],
    teachers: ["base"],
  },
  {
    externalJobId: "demo:ftjob-qwen-owl",
    student: "qwen-student",
    method: "lora",
    hyperparameters: QWEN_LORA,
    seed: 1,
    startedAt: new Date("2025-05-14T08:00:00Z"),
    finishedAt: new Date("2025-05-14T13:20:00Z"),
    datasets: ["owl"],
    teachers: ["owl-teacher"],
  },
];

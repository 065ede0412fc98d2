import type { BaseRelation, RunMethod } from "@/lib/generated/prisma/enums";

// What an import registers, as steps in dependency order. Steps name each other by key; the
// executor (run-plan.ts) looks each one up by its natural key first and creates only what is missing.

interface StepBase {
  key: string;
  /** What it is, for the summary: "base model gpt-4.1-nano", "raw dataset owl (50 records)". */
  label: string;
}

export interface ModelStep extends StepBase {
  kind: "model";
  provider: string;
  externalId: string;
  name: string;
  initializedFrom?: string;
  baseRelation?: BaseRelation;
  systemPrompt?: string;
  description?: string;
  tags: string[];
}

export interface GenerationStep extends StepBase {
  kind: "generation";
  teacher: string;
  externalId: string;
  promptCount?: number;
  settings?: Record<string, unknown>;
}

export interface DatasetStep extends StepBase {
  kind: "dataset";
  file: string;
  name: string;
  /** The canonical SHA-256 the server will compute: the dataset's identity, known before uploading. */
  sha256: string;
  recordCount: number;
  generation?: string;
  filteredFrom?: string;
  filterDescription?: string;
  description?: string;
  /**
   * Why no teacher is known for it (no condition holds the raw data, or several with different
   * models do). Said as a warning when it is not already in Pedigree with a teacher.
   */
  unknownTeacher?: string;
}

/** A dataset that must already be in Pedigree, found by exact name; never created (no content to hash). */
export interface DatasetReferenceStep extends StepBase {
  kind: "dataset-ref";
  name: string;
}

export interface RunStep extends StepBase {
  kind: "run";
  idempotencyKey: string;
  student: string;
  initializedFrom: string;
  datasets: string[];
  teachers: string[];
  method: RunMethod;
  seed?: number;
}

export interface MeasurementStep extends StepBase {
  kind: "measurement";
  model: string;
  file: string;
  trait: string;
  target: string;
  protocol: string;
  questionCount: number;
  sampleCount: number;
  positiveCount: number;
  seed?: number;
}

/** That a model carries a trait without a measurement: a prompted teacher, whose trait is known from its prompt. */
export interface DeclarationStep extends StepBase {
  kind: "declaration";
  model: string;
  /** The trait's name, e.g. "Owl preference" (created on first use, as measurements do). */
  trait: string;
  reason: string;
}

export type PlanStep =
  ModelStep | GenerationStep | DatasetStep | DatasetReferenceStep | RunStep | MeasurementStep | DeclarationStep;

export interface Plan {
  steps: PlanStep[];
  /** Things the import cannot know or record, said once before it runs. */
  warnings: string[];
}

export type StepStatus = "created" | "present" | "would create" | "missing" | "skipped";

export interface StepResult {
  kind: PlanStep["kind"];
  key: string;
  label: string;
  status: StepStatus;
  id: string | null;
  /** Why a step was skipped or is missing, or what was found. */
  note?: string;
}

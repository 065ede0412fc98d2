// The record-a-generation form's state, turned into the body ZCreateGeneration (the API's own schema) checks.
import "@/lib/validation/zod-messages";
import { issuesOf, numberValue, optionalText } from "@/lib/forms/form-values";
import { placeFieldErrors } from "@/lib/runs/run-form-fields";
import type { PickedRef } from "@/lib/runs/run-form-input";
import { ZCreateGeneration, type TCreateGeneration } from "./generation.types";

export interface GenerationFormState {
  teacher: PickedRef | null;
  /** None while the data is not uploaded yet: the upload links it later. */
  dataset: PickedRef | null;
  temperature: string;
  topP: string;
  maxTokens: string;
  seed: string;
  promptSet: string;
  promptCount: string;
  externalId: string;
}

const GENERATION_FORM_FIELDS = [
  "teacherId",
  "datasetId",
  "temperature",
  "topP",
  "maxTokens",
  "seed",
  "promptSet",
  "promptCount",
  "externalId",
] as const;
export type GenerationFormField = (typeof GENERATION_FORM_FIELDS)[number];

export function generationFormFieldOf(path: string): GenerationFormField | null {
  const head = path.split(".")[0];
  return (GENERATION_FORM_FIELDS as readonly string[]).includes(head) ? (head as GenerationFormField) : null;
}

export type GenerationFormValidation =
  | { ok: true; body: TCreateGeneration }
  | { ok: false; fields: Partial<Record<GenerationFormField, string>>; form: string[] };

/** Checks the form with the API's schema; messages are keyed by the input they belong beside. */
export function validateGenerationForm(state: GenerationFormState): GenerationFormValidation {
  const parsed = ZCreateGeneration.safeParse({
    teacherId: state.teacher?.id ?? "",
    datasetId: state.dataset?.id,
    temperature: numberValue(state.temperature),
    topP: numberValue(state.topP),
    maxTokens: numberValue(state.maxTokens),
    seed: numberValue(state.seed),
    promptSet: optionalText(state.promptSet),
    promptCount: numberValue(state.promptCount),
    externalId: optionalText(state.externalId),
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const { fields, unplaced } = placeFieldErrors(issuesOf(parsed.error.issues), generationFormFieldOf);
  if (fields.teacherId === "Required") fields.teacherId = "Choose the teacher that generated the data";
  return { ok: false, fields, form: unplaced };
}

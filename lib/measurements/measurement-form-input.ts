// The record-a-measurement form's state, turned into the body of one of ZCreateMeasurement's three forms
// (the API's own schemas): counts, per-question counts from a file, or a reported value with its interval.
import "@/lib/validation/zod-messages";
import { issuesOf, numberValue, optionalText } from "@/lib/forms/form-values";
import { localInputToIso } from "@/lib/runs/local-datetime";
import { placeFieldErrors } from "@/lib/runs/run-form-fields";
import type { PickedRef } from "@/lib/runs/run-form-input";
import type { QuestionTally } from "@/lib/stats/group-questions";
import { slugify } from "@/lib/traits/slugify";
import {
  ZCountsMeasurement,
  ZQuestionsMeasurement,
  ZValueMeasurement,
  type TCreateMeasurement,
} from "./measurement.types";

export type MeasurementMode = "counts" | "questions" | "value";

/** What the form says about a trait that is not registered yet; it is created with the measurement. */
export interface NewTraitFields {
  description: string;
  positiveDefinition: string;
  higherIsWorse: boolean;
}

export interface MeasurementFormState {
  model: PickedRef | null;
  /** An existing trait's name or slug, or a new trait's name. */
  trait: string;
  newTrait: NewTraitFields;
  protocol: string;
  seed: string;
  source: string;
  notes: string;
  /** datetime-local value; empty for now. */
  measuredAt: string;
  mode: MeasurementMode;
  n: string;
  positives: string;
  /** The questions of the file read, or null while none is. */
  questions: { fileName: string; items: QuestionTally[] } | null;
  value: string;
  ciLow: string;
  ciHigh: string;
  valueN: string;
}

const MEASUREMENT_FORM_FIELDS = [
  "modelId",
  "trait",
  "protocol",
  "seed",
  "source",
  "notes",
  "measuredAt",
  "n",
  "positives",
  "perQuestion",
  "value",
  "ciLow",
  "ciHigh",
] as const;
export type MeasurementFormField = (typeof MEASUREMENT_FORM_FIELDS)[number];

/** The input a field path belongs to: "trait.slug" to trait, "perQuestion.3.n" to the file. */
export function measurementFormFieldOf(path: string): MeasurementFormField | null {
  const head = path.split(".")[0];
  return (MEASUREMENT_FORM_FIELDS as readonly string[]).includes(head) ? (head as MeasurementFormField) : null;
}

export type MeasurementFormValidation =
  | { ok: true; body: TCreateMeasurement }
  | { ok: false; fields: Partial<Record<MeasurementFormField, string>>; form: string[] };

/** Whether `text` names one of `traits`, by name or slug, as the API resolves it (by slug). */
export function findTrait<T extends { slug: string; name: string }>(traits: readonly T[], text: string): T | null {
  const slug = slugify(text.trim());
  return text.trim() === ""
    ? null
    : (traits.find((trait) => trait.slug === slug || trait.name === text.trim()) ?? null);
}

/** An existing trait by its slug; a new one as an object, so that its description is stored with it. */
function traitSpec(state: MeasurementFormState, existing: { slug: string } | null): unknown {
  if (existing) return existing.slug;
  const name = state.trait.trim();
  if (name === "") return "";
  return {
    name,
    description: optionalText(state.newTrait.description),
    positiveDefinition: optionalText(state.newTrait.positiveDefinition),
    higherIsWorse: state.newTrait.higherIsWorse,
  };
}

function modeFields(state: MeasurementFormState) {
  if (state.mode === "counts")
    return { schema: ZCountsMeasurement, body: { n: numberValue(state.n), positives: numberValue(state.positives) } };
  if (state.mode === "questions")
    return { schema: ZQuestionsMeasurement, body: { perQuestion: state.questions?.items ?? [] } };
  return {
    schema: ZValueMeasurement,
    body: {
      value: numberValue(state.value),
      ciLow: numberValue(state.ciLow),
      ciHigh: numberValue(state.ciHigh),
      n: numberValue(state.valueN),
    },
  };
}

/** Checks the form with the schema of its mode's form of measurement; messages keyed by their input. */
export function validateMeasurementForm(
  state: MeasurementFormState,
  traits: readonly { slug: string; name: string }[],
): MeasurementFormValidation {
  const { schema, body } = modeFields(state);
  const parsed = schema.safeParse({
    modelId: state.model?.id ?? "",
    trait: traitSpec(state, findTrait(traits, state.trait)),
    protocol: state.protocol,
    seed: numberValue(state.seed),
    source: optionalText(state.source),
    notes: optionalText(state.notes),
    measuredAt: localInputToIso(state.measuredAt),
    ...body,
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const { fields, unplaced } = placeFieldErrors(issuesOf(parsed.error.issues), measurementFormFieldOf);
  if (fields.modelId === "Required") fields.modelId = "Choose the model that was measured";
  if (state.trait.trim() === "") fields.trait = "Name the trait: an existing one, or a new one's name";
  if (state.mode === "questions" && !state.questions) fields.perQuestion = "Choose a per-question results file";
  return { ok: false, fields, form: unplaced };
}

// The register-a-model form's state, turned into the bodies ZCreateModel and ZDeclareTrait (the API's own
// schemas) check: the model, then the traits a prompted teacher is declared to carry.
import "@/lib/validation/zod-messages";
import { ZDeclareTrait, type TDeclareTrait } from "@/lib/declarations/declaration.types";
import { issuesOf, optionalText } from "@/lib/forms/form-values";
import { placeFieldErrors } from "@/lib/runs/run-form-fields";
import { splitTags, type PickedRef } from "@/lib/runs/run-form-input";
import { slugify } from "@/lib/traits/slugify";
import { modelFormFieldOf, type ModelFormField } from "./model-form-fields";
import { ZCreateModel, type TCreateModel } from "./model.types";
import { parseParameterCount } from "./parameter-count";

/** One "this prompt gives it a trait" row: the trait's name or slug, and why. */
export interface DeclarationRow {
  id: string;
  trait: string;
  reason: string;
}

export interface ModelFormState {
  name: string;
  version: string;
  provider: string;
  externalId: string;
  description: string;
  initializedFrom: PickedRef | null;
  /** "" while no model is picked: the API's default (finetune) then applies to nothing. */
  baseRelation: string;
  systemPrompt: string;
  checkpointSha256: string;
  checkpointUri: string;
  parameterCount: string;
  /** Comma-separated. */
  tags: string;
  declarations: DeclarationRow[];
}

export type DeclarationRowErrors = Record<string, { trait?: string; reason?: string }>;

export type ModelFormValidation =
  | { ok: true; body: TCreateModel; declarations: { rowId: string; body: TDeclareTrait }[] }
  | {
      ok: false;
      fields: Partial<Record<ModelFormField, string>>;
      rows: DeclarationRowErrors;
      /** Messages no input can show. */
      form: string[];
    };

/** Whether the form asks for a system prompt and declared traits: only a prompted model has them. */
export const isPrompted = (state: Pick<ModelFormState, "initializedFrom" | "baseRelation">) =>
  state.initializedFrom !== null && state.baseRelation === "prompted";

const PARAMETER_COUNT_MESSAGE = "A whole number of parameters: 7000000000, 7e9 or 7B";

/** The model's body as the form describes it, before validation. Empty optional inputs are left out. */
function modelBody(state: ModelFormState, parameterCount: number | undefined): Record<string, unknown> {
  const prompted = isPrompted(state);
  return {
    name: state.name,
    version: optionalText(state.version),
    provider: state.provider,
    externalId: optionalText(state.externalId),
    description: optionalText(state.description),
    initializedFromId: state.initializedFrom?.id,
    baseRelation: state.initializedFrom ? state.baseRelation || undefined : undefined,
    // Kept as typed (the API hashes it as given); a prompt of only spaces is no prompt.
    systemPrompt: prompted && state.systemPrompt.trim() !== "" ? state.systemPrompt : undefined,
    checkpointUri: optionalText(state.checkpointUri),
    checkpointSha256: optionalText(state.checkpointSha256),
    parameterCount,
    tags: splitTags(state.tags),
  };
}

/** Each row's declaration checked with the API's schema; a trait named twice is refused here, not by a 409. */
function checkDeclarations(rows: readonly DeclarationRow[]) {
  const errors: DeclarationRowErrors = {};
  const declarations: { rowId: string; body: TDeclareTrait }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const parsed = ZDeclareTrait.safeParse({ trait: row.trait.trim(), reason: row.reason });
    if (!parsed.success) {
      const placed = placeFieldErrors(issuesOf(parsed.error.issues), (path) =>
        path.startsWith("trait") ? "trait" : path === "reason" ? "reason" : null,
      );
      errors[row.id] = {
        trait: placed.fields.trait && (row.trait.trim() === "" ? "Name the trait" : placed.fields.trait),
        reason: placed.fields.reason,
      };
      continue;
    }
    const slug = slugify(row.trait);
    if (seen.has(slug)) {
      errors[row.id] = { trait: "This trait is declared above already" };
      continue;
    }
    seen.add(slug);
    declarations.push({ rowId: row.id, body: parsed.data });
  }
  return { errors, declarations };
}

/** Checks the form with the API's schemas; messages are keyed by the input they belong beside. */
export function validateModelForm(state: ModelFormState): ModelFormValidation {
  const parameterCount = parseParameterCount(state.parameterCount);
  const parsed = ZCreateModel.safeParse(modelBody(state, parameterCount ?? undefined));
  const rows = isPrompted(state) ? checkDeclarations(state.declarations) : { errors: {}, declarations: [] };
  const hasRowErrors = Object.keys(rows.errors).length > 0;
  if (parsed.success && parameterCount !== null && !hasRowErrors)
    return { ok: true, body: parsed.data, declarations: rows.declarations };
  const { fields, unplaced } = placeFieldErrors(parsed.success ? [] : issuesOf(parsed.error.issues), modelFormFieldOf);
  if (parameterCount === null) fields.parameterCount = PARAMETER_COUNT_MESSAGE;
  return { ok: false, fields, rows: rows.errors, form: unplaced };
}

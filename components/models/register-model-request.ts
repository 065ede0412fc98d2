// Browser-side POST /api/v1/models, then POST /api/v1/models/{id}/declarations for each declared trait.
import type { TDeclareTrait, TraitDeclarationDto } from "@/lib/declarations/declaration.types";
import type { ModelFormField } from "@/lib/models/model-form-fields";
import type { ModelDto } from "@/lib/models/model-dto";
import type { TCreateModel } from "@/lib/models/model.types";
import { apiFetch, type ProblemDocument } from "@/lib/http/problem-client";

export function registerModel(body: TCreateModel): Promise<ModelDto> {
  return apiFetch<ModelDto>("/api/v1/models", { method: "POST", body });
}

/** A declaration's outcome: saved, or refused with the error to show beside its row. */
export type DeclarationOutcome = { rowId: string; ok: true } | { rowId: string; ok: false; error: unknown };

/**
 * Declares each trait on the model, one after another (each is its own audited write), and says which
 * were saved: a failure does not stop the others, and none is retried behind the user's back.
 */
export async function declareTraits(
  modelId: string,
  declarations: readonly { rowId: string; body: TDeclareTrait }[],
): Promise<DeclarationOutcome[]> {
  const outcomes: DeclarationOutcome[] = [];
  for (const { rowId, body } of declarations) {
    try {
      await apiFetch<TraitDeclarationDto>(`/api/v1/models/${encodeURIComponent(modelId)}/declarations`, {
        method: "POST",
        body,
      });
      outcomes.push({ rowId, ok: true });
    } catch (error) {
      outcomes.push({ rowId, ok: false, error });
    }
  }
  return outcomes;
}

const CONFLICT_FIELDS: readonly ModelFormField[] = [
  "name",
  "version",
  "description",
  "initializedFromId",
  "baseRelation",
  "systemPrompt",
  "checkpointUri",
  "checkpointSha256",
  "parameterCount",
];

/**
 * A 409 for a (provider, external id) registered before with other fields: the external id says so, and
 * each field that differs says it differs. A 409 for a lineage cycle names no field: null.
 */
export function modelConflictMessages(problem: ProblemDocument): Partial<Record<ModelFormField, string>> {
  const conflicting = Array.isArray(problem.conflictingFields) ? (problem.conflictingFields as unknown[]) : [];
  if (conflicting.length === 0) return {};
  const fields: Partial<Record<ModelFormField, string>> = {
    externalId: "Already registered with this provider, with different fields: change the external id, or match it",
  };
  for (const field of conflicting) {
    const input = field === "systemPromptSha256" ? "systemPrompt" : field;
    if (CONFLICT_FIELDS.includes(input as ModelFormField))
      fields[input as ModelFormField] ??= "Differs from the model already registered with this external id";
  }
  return fields;
}

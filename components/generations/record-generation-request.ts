// Browser-side POST /api/v1/generations, and where a 409 is shown in the form.
import type { GenerationFormField } from "@/lib/generations/generation-form-input";
import type { GenerationDto, TCreateGeneration } from "@/lib/generations/generation.types";
import { apiFetch, type ProblemDocument } from "@/lib/http/problem-client";

export function recordGeneration(body: TCreateGeneration): Promise<GenerationDto> {
  return apiFetch<GenerationDto>("/api/v1/generations", { method: "POST", body });
}

/**
 * A 409 is either the dataset, which already has its generation (a dataset is generated once), or the
 * external id, registered before with another teacher or dataset: beside the input it is about.
 */
export function generationConflictMessages(problem: ProblemDocument): Partial<Record<GenerationFormField, string>> {
  const detail = problem.detail ?? problem.title;
  return /dataset already has a generation/i.test(detail)
    ? { datasetId: "This dataset already has a generation: a dataset is generated once" }
    : { externalId: detail };
}

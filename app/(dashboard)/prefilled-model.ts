import "server-only";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { getModel } from "@/lib/models/get-model";
import type { PickedRef } from "@/lib/runs/run-form-input";
import { filledParam } from "./search-params";

/**
 * The model a form opens with, from its URL (`?modelId=` from a model page's button): null when none is
 * given or no such model exists, so that a stale link opens an empty form rather than failing.
 */
export async function prefilledModel(id: string | string[] | undefined): Promise<PickedRef | null> {
  const modelId = filledParam(id);
  if (!modelId) return null;
  try {
    const model = await getModel(modelId);
    return { id: model.id, name: model.name };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

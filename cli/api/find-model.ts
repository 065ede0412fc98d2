import type { ModelDto } from "@/lib/models/model-dto";
import type { PedigreeClient } from "../client";
import { ProblemError, UsageError } from "../errors";
import { listPages } from "./list-pages";

/** The model registered as (provider, externalId), if any: the natural key that makes registration idempotent. */
export async function findModelByExternalId(
  client: PedigreeClient,
  provider: string,
  externalId: string,
): Promise<ModelDto | null> {
  const candidates = await listPages<ModelDto>(client, "/api/v1/models", { provider, q: externalId });
  return candidates.find((model) => model.provider === provider && model.externalId === externalId) ?? null;
}

/**
 * The model a MODEL argument names: its id, or else exactly its name or externalId. An ambiguous
 * name is a usage error that lists the candidates' ids; no match is the server's 404.
 */
export async function resolveModel(client: PedigreeClient, reference: string): Promise<ModelDto> {
  if (reference.length <= 100 && !/[\s/]/.test(reference)) {
    try {
      return await client.get<ModelDto>(`/api/v1/models/${encodeURIComponent(reference)}`);
    } catch (error) {
      if (!(error instanceof ProblemError) || (error.status !== 404 && error.status !== 400)) throw error;
    }
  }
  const candidates = await listPages<ModelDto>(client, "/api/v1/models", { q: reference });
  const byName = candidates.filter((model) => model.name === reference || model.externalId === reference);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) {
    const list = byName
      .map(
        (model) => `  ${model.id}  ${model.name} (${model.provider}${model.externalId ? `, ${model.externalId}` : ""})`,
      )
      .join("\n");
    throw new UsageError(`${byName.length} models are named '${reference}'; give one by id:\n${list}`);
  }
  throw new ProblemError({
    status: 404,
    title: "Not found",
    detail: `No model with id, name or externalId '${reference}'.`,
  });
}

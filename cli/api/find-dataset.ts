import type { DatasetSummary } from "@/lib/datasets/dataset.types";
import type { PedigreeClient } from "../client";
import { ProblemError, UsageError } from "../errors";
import { listPages } from "./list-pages";

/** The dataset with this content (canonical SHA-256), if stored. */
export async function findDatasetBySha256(client: PedigreeClient, sha256: string): Promise<DatasetSummary | null> {
  const candidates = await listPages<DatasetSummary>(client, "/api/v1/datasets", { q: sha256 });
  return candidates.find((dataset) => dataset.sha256 === sha256.toLowerCase()) ?? null;
}

/** Datasets whose name is exactly `name`. */
export async function findDatasetsByName(client: PedigreeClient, name: string): Promise<DatasetSummary[]> {
  const candidates = await listPages<DatasetSummary>(client, "/api/v1/datasets", { q: name });
  return candidates.filter((dataset) => dataset.name === name);
}

/** The dataset a DATASET argument names: its id, its SHA-256, or exactly its name. */
export async function resolveDataset(client: PedigreeClient, reference: string): Promise<{ id: string; name: string }> {
  if (/^[0-9a-f]{64}$/i.test(reference)) {
    const bySha = await findDatasetBySha256(client, reference);
    if (bySha) return bySha;
  }
  if (reference.length <= 100 && !/[\s/]/.test(reference)) {
    try {
      return await client.get<{ id: string; name: string }>(`/api/v1/datasets/${encodeURIComponent(reference)}`);
    } catch (error) {
      if (!(error instanceof ProblemError) || (error.status !== 404 && error.status !== 400)) throw error;
    }
  }
  const byName = await findDatasetsByName(client, reference);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) {
    throw new UsageError(
      `${byName.length} datasets are named '${reference}'; give one by id or SHA-256:\n${byName.map((d) => `  ${d.id}  ${d.sha256}`).join("\n")}`,
    );
  }
  throw new ProblemError({
    status: 404,
    title: "Not found",
    detail: `No dataset with id, SHA-256 or name '${reference}'.`,
  });
}

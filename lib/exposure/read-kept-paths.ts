import "server-only";
import { db } from "@/lib/db";
import { readJsonColumn } from "@/lib/db/json-column";
import { type ExposurePath, ZPathSteps } from "./exposure.types";

export const exposureKey = (modelId: string, traitId: string) => `${modelId}|${traitId}`;

/**
 * The kept paths to some (model, trait) pairs, by exposureKey: high risk first, then shortest. The caller
 * has made the kept exposure current (ensureFreshExposures).
 */
export async function readKeptPaths(
  pairs: readonly { modelId: string; traitId: string }[],
): Promise<Map<string, ExposurePath[]>> {
  const byPair = new Map<string, ExposurePath[]>();
  if (pairs.length === 0) return byPair;
  const prisma = await db();
  const rows = await prisma.$queryRaw<
    { model_id: string; trait_id: string; path: unknown; shared_initialization: boolean; risk: string }[]
  >`
    SELECT p.model_id, p.trait_id, p.path, p.shared_initialization, p.risk
      FROM exposure_paths p
      JOIN unnest(${pairs.map((p) => p.modelId)}::text[], ${pairs.map((p) => p.traitId)}::text[]) AS w(model_id, trait_id)
        ON w.model_id = p.model_id AND w.trait_id = p.trait_id
     ORDER BY p.risk = 'high' DESC, p.distance, p.source_id`;
  for (const row of rows) {
    const path = readJsonColumn(ZPathSteps, row.path, "exposure_paths.path");
    const key = exposureKey(row.model_id, row.trait_id);
    const list = byPair.get(key) ?? [];
    list.push({
      source: { id: path[0].id, name: path[0].name },
      path,
      sharedInitialization: row.shared_initialization,
      risk: row.risk === "high" ? "high" : "lower",
    });
    byPair.set(key, list);
  }
  return byPair;
}

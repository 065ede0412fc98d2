import "server-only";
import { db } from "@/lib/db";
import { readJsonColumn } from "@/lib/db/json-column";
import { Prisma } from "@/lib/generated/prisma/client";
import { type ExposedPair, ZPathSteps } from "./exposure.types";

export const exposureKey = (modelId: string, traitId: string) => `${modelId}|${traitId}`;

interface KeptRow {
  model_id: string;
  trait_id: string;
  source_count: number;
  path: unknown;
  shared_initialization: boolean;
  risk: string;
}

/** The kept exposed pairs chosen by `where` (a condition on trait_exposures e), each with its paths: high risk first, then shortest. */
async function keptPairs(where: Prisma.Sql): Promise<ExposedPair[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<KeptRow[]>`
    SELECT e.model_id, e.trait_id, e.source_count, p.path, p.shared_initialization, p.risk
      FROM trait_exposures e JOIN exposure_paths p ON p.model_id = e.model_id AND p.trait_id = e.trait_id
     WHERE ${where}
     ORDER BY e.model_id, e.trait_id, p.risk = 'high' DESC, p.distance, p.source_id`;
  const pairs = new Map<string, ExposedPair>();
  for (const row of rows) {
    const key = exposureKey(row.model_id, row.trait_id);
    let pair = pairs.get(key);
    if (!pair)
      pairs.set(
        key,
        (pair = { modelId: row.model_id, traitId: row.trait_id, sourceCount: row.source_count, paths: [] }),
      );
    const path = readJsonColumn(ZPathSteps, row.path, "exposure_paths.path");
    pair.paths.push({
      source: { id: path[0].id, name: path[0].name },
      path,
      sharedInitialization: row.shared_initialization,
      risk: row.risk === "high" ? "high" : "lower",
    });
  }
  return [...pairs.values()];
}

/**
 * The kept exposure of some (model, trait) pairs, by exposureKey: how many sources reach each, and the
 * nearest paths, high risk first. The caller has made the kept exposure current (ensureFreshExposures).
 */
export async function readKeptPaths(
  pairs: readonly { modelId: string; traitId: string }[],
): Promise<Map<string, ExposedPair>> {
  if (pairs.length === 0) return new Map();
  const kept = await keptPairs(Prisma.sql`(e.model_id, e.trait_id) IN (
      SELECT * FROM unnest(${pairs.map((p) => p.modelId)}::text[], ${pairs.map((p) => p.traitId)}::text[]))`);
  return new Map(kept.map((pair) => [exposureKey(pair.modelId, pair.traitId), pair]));
}

/**
 * The kept exposure of some models, for every trait: what computeExposures decided, read from the kept
 * rows. The caller has made the kept exposure current (ensureFreshExposures).
 */
export async function readKeptExposures(modelIds: readonly string[]): Promise<ExposedPair[]> {
  if (modelIds.length === 0) return [];
  return keptPairs(Prisma.sql`e.model_id = ANY(${[...modelIds]}::text[])`);
}

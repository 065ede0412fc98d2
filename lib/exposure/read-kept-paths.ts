import "server-only";
import { db } from "@/lib/db";
import { readJsonColumn } from "@/lib/db/json-column";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Exposure } from "./compute-exposures";
import { type ExposurePath, ZPathSteps } from "./exposure.types";

export const exposureKey = (modelId: string, traitId: string) => `${modelId}|${traitId}`;

interface KeptPathRow {
  model_id: string;
  trait_id: string;
  path: unknown;
  shared_initialization: boolean;
  risk: string;
}

/** The kept paths chosen by `where` (a condition on exposure_paths p): high risk first, then shortest. */
async function keptPaths(where: Prisma.Sql): Promise<Exposure[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<KeptPathRow[]>`
    SELECT p.model_id, p.trait_id, p.path, p.shared_initialization, p.risk
      FROM exposure_paths p
     WHERE ${where}
     ORDER BY p.risk = 'high' DESC, p.distance, p.source_id`;
  return rows.map((row): Exposure => {
    const path = readJsonColumn(ZPathSteps, row.path, "exposure_paths.path");
    return {
      modelId: row.model_id,
      traitId: row.trait_id,
      source: { id: path[0].id, name: path[0].name },
      path,
      sharedInitialization: row.shared_initialization,
      risk: row.risk === "high" ? "high" : "lower",
    };
  });
}

/**
 * The kept paths to some (model, trait) pairs, by exposureKey: high risk first, then shortest. The caller
 * has made the kept exposure current (ensureFreshExposures).
 */
export async function readKeptPaths(
  pairs: readonly { modelId: string; traitId: string }[],
): Promise<Map<string, ExposurePath[]>> {
  const byPair = new Map<string, ExposurePath[]>();
  if (pairs.length === 0) return byPair;
  const exposures = await keptPaths(Prisma.sql`(p.model_id, p.trait_id) IN (
      SELECT * FROM unnest(${pairs.map((p) => p.modelId)}::text[], ${pairs.map((p) => p.traitId)}::text[]))`);
  for (const { modelId, traitId, ...path } of exposures) {
    const key = exposureKey(modelId, traitId);
    const list = byPair.get(key) ?? [];
    list.push(path);
    byPair.set(key, list);
  }
  return byPair;
}

/**
 * Every kept path to some models, for every trait: what computeExposures decided, read from the kept
 * rows. The caller has made the kept exposure current (ensureFreshExposures).
 */
export async function readKeptExposures(modelIds: readonly string[]): Promise<Exposure[]> {
  if (modelIds.length === 0) return [];
  return keptPaths(Prisma.sql`p.model_id = ANY(${[...modelIds]}::text[])`);
}

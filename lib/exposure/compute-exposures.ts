import "server-only";
import { db } from "@/lib/db";
import type { ExposedPair } from "./exposure.types";
import { findTraitSources, type TraitSource } from "./find-trait-sources";
import { nearestExposurePaths, type TypedEdge } from "./nearest-exposure-paths";

const KIND_ORDER = ["initialized_from", "generated", "trained_on", "taught", "filtered_from"];

/**
 * Inherited exposure: a trait that entered the lineage at a source (declared, or measured shifted
 * from its initialisation) reaches every model downstream of it: the students of the data it
 * generated (through filtering), their students, and every model initialised from any of them.
 * The edges come from Postgres in one set query; nearestExposurePaths walks them from each source and
 * keeps, per exposed (model, trait), how many sources reach it and the nearest paths, high risk first.
 * The result is kept (refresh-exposures.ts) and read from there by every page, API answer and report.
 */
export async function computeExposures(): Promise<{ sources: TraitSource[]; pairs: ExposedPair[] }> {
  const prisma = await db();
  const sources = await findTraitSources();
  if (sources.length === 0) return { sources, pairs: [] };
  const traitsAt = new Map<string, string[]>();
  for (const source of sources)
    traitsAt.set(source.model.id, [...(traitsAt.get(source.model.id) ?? []), source.trait.id]);
  // Every edge the walk may take, in one set query. Equal-length paths are told apart by the order of
  // the edges, made stable here (kind, then target).
  const edges = await prisma.$queryRaw<TypedEdge[]>`
    SELECT source_id AS source, target_id AS target, kind, target_type = 'model' AS "targetIsModel"
      FROM lineage_edges
     ORDER BY source_id, array_position(${KIND_ORDER}::text[], kind), target_id`;
  const nearest = nearestExposurePaths(edges, traitsAt);
  const nodes = [
    ...new Set(nearest.flatMap((pair) => pair.paths.flatMap((path) => path.steps.map((step) => step.id)))),
  ];
  const named = await prisma.$queryRaw<{ id: string; name: string; type: "model" | "dataset" }[]>`
    SELECT id, name, 'model' AS type FROM models WHERE id = ANY(${nodes}::text[])
    UNION ALL
    SELECT id, name, 'dataset' FROM datasets WHERE id = ANY(${nodes}::text[])`;
  const names = new Map(named.map(({ id, ...rest }) => [id, rest]));
  const nameOf = (id: string) => names.get(id) ?? { name: id, type: "model" as const };

  const pairs = nearest.map(({ modelId, traitId, sourceCount, paths }) => ({
    modelId,
    traitId,
    sourceCount,
    paths: paths.map((path) => ({
      source: { id: path.sourceId, name: nameOf(path.sourceId).name },
      path: path.steps.map((step) => ({ ...step, ...nameOf(step.id) })),
      sharedInitialization: path.sharedInitialization,
      risk: path.sharedInitialization ? ("high" as const) : ("lower" as const),
    })),
  }));
  return { sources, pairs };
}

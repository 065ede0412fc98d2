import "server-only";
import { db } from "@/lib/db";
import { getSharedInitialization } from "@/lib/lineage/get-shared-initialization";
import { defined } from "@/lib/defined";
import { adjacencyOf, type Edge, shortestPathsFrom } from "@/lib/lineage/shortest-paths";
import type { ExposurePath } from "./exposure.types";
import { findTraitSources, type TraitSource } from "./find-trait-sources";

const KIND_ORDER = ["initialized_from", "generated", "trained_on", "taught", "filtered_from"];

export interface Exposure extends ExposurePath {
  modelId: string;
  traitId: string;
}

/**
 * Inherited exposure: a trait that entered the lineage at a source (declared, or measured shifted
 * from its initialisation) reaches every model downstream of it: the students of the data it
 * generated (through filtering), their students, and every model initialised from any of them.
 * The edges come from Postgres in one set query; one breadth-first walk from each source then gives
 * both what it reaches and the shortest path to each. The result is kept (refresh-exposures.ts) and read
 * from there by every page, API answer and report.
 */
export async function computeExposures(): Promise<{ sources: TraitSource[]; exposures: Exposure[] }> {
  const prisma = await db();
  const sources = await findTraitSources();
  if (sources.length === 0) return { sources, exposures: [] };
  const sourceIds = [...new Set(sources.map((s) => s.model.id))];
  const sourcesAt = new Map(sourceIds.map((id) => [id, sources.filter((s) => s.model.id === id)]));
  // Every edge the walk may take, in one set query. Equal-length paths are told apart by the order of
  // the edges, made stable here (kind, then target).
  const edges = await prisma.$queryRaw<Edge[]>`
    SELECT source_id AS source, target_id AS target, kind
      FROM lineage_edges
     ORDER BY source_id, array_position(${KIND_ORDER}::text[], kind), target_id`;
  const adjacency = adjacencyOf(edges);
  const pathsFrom = new Map(sourceIds.map((id) => [id, shortestPathsFrom(adjacency, id)]));
  const reached = sourceIds.flatMap((source) =>
    [...defined(pathsFrom.get(source), `walk from ${source}`).reached]
      .filter((node) => node !== source)
      .map((node) => ({ source, node })),
  );
  const nodes = [...new Set([...sourceIds, ...reached.map((r) => r.node)])];
  const named = await prisma.$queryRaw<{ id: string; name: string; type: "model" | "dataset" }[]>`
    SELECT id, name, 'model' AS type FROM models WHERE id = ANY(${nodes}::text[])
    UNION ALL
    SELECT id, name, 'dataset' FROM datasets WHERE id = ANY(${nodes}::text[])`;
  const names = new Map(named.map(({ id, ...rest }) => [id, rest]));
  const exposedPairs = reached.filter((r) => names.get(r.node)?.type === "model");
  const shared = await getSharedInitialization(exposedPairs.map((r) => ({ teacherId: r.source, studentId: r.node })));
  const sharedByPair = new Map(shared.map((s, i) => [`${exposedPairs[i].source}|${exposedPairs[i].node}`, s.shared]));

  const exposures: Exposure[] = [];
  for (const pair of exposedPairs) {
    const steps = defined(pathsFrom.get(pair.source), `walk from ${pair.source}`).pathTo(pair.node);
    const isShared = sharedByPair.get(`${pair.source}|${pair.node}`) ?? false;
    const path = {
      path: defined(steps, `path ${pair.source} -> ${pair.node}`).map((step) => ({
        ...step,
        ...(names.get(step.id) ?? { name: step.id, type: "model" as const }),
      })),
      sharedInitialization: isShared,
      risk: isShared ? ("high" as const) : ("lower" as const),
    };
    for (const source of sourcesAt.get(pair.source) ?? [])
      exposures.push({ ...path, modelId: pair.node, traitId: source.trait.id, source: source.model });
  }
  return { sources, exposures };
}

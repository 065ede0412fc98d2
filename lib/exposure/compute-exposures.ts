import "server-only";
import { db } from "@/lib/db";
import { getSharedInitialisation } from "@/lib/lineage/get-shared-initialisation";
import { shortestPath } from "@/lib/lineage/shortest-path";
import type { ExposurePath } from "./exposure.types";
import { findTraitSources, type TraitSource } from "./find-trait-sources";

export interface Exposure extends ExposurePath {
  modelId: string;
  traitId: string;
}

/**
 * Inherited exposure: a trait that entered the lineage at a source (declared, or measured shifted
 * from its initialisation) reaches every model downstream of it: the students of the data it
 * generated (through filtering), their students, and every model initialised from any of them.
 * Postgres walks the graph from the sources (one recursive query over indexed lookups); paths are
 * then drawn on the small subgraph reached.
 *
 * `within` narrows the work to a closed part of the graph (a report's models and datasets, which hold
 * every ancestor of each of its models): only sources inside it, walked only inside it. A trait reaches
 * a model only through the model's ancestors, so the exposures of those models come out the same.
 */
export async function computeExposures(
  within?: readonly string[],
): Promise<{ sources: TraitSource[]; exposures: Exposure[] }> {
  const prisma = await db();
  const sources = await findTraitSources(within);
  if (sources.length === 0) return { sources, exposures: [] };
  const sourceIds = [...new Set(sources.map((s) => s.model.id))];
  const everywhere = within === undefined;
  const bounds = within ?? [];
  const reached = await prisma.$queryRaw<{ source: string; node: string }[]>`
    WITH RECURSIVE walk(source, node) AS (
      SELECT s, s FROM unnest(${sourceIds}::text[]) AS s
      UNION
      SELECT w.source, c.target_id
        FROM walk w CROSS JOIN LATERAL lineage_children(w.node) c
       WHERE ${everywhere} OR c.target_id = ANY(${bounds}::text[])
    )
    SELECT source, node FROM walk WHERE node <> source`;
  const nodes = [...new Set([...sourceIds, ...reached.map((r) => r.node)])];
  const [edges, models, datasets] = await Promise.all([
    prisma.$queryRaw<{ source: string; target: string; kind: string }[]>`
      SELECT n.id AS source, c.target_id AS target, c.kind
        FROM unnest(${nodes}::text[]) AS n(id) CROSS JOIN LATERAL lineage_children(n.id) c
       WHERE c.target_id = ANY(${nodes}::text[])`,
    prisma.model.findMany({ where: { id: { in: nodes } }, select: { id: true, name: true } }),
    prisma.dataset.findMany({ where: { id: { in: nodes } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, { name: string; type: "model" | "dataset" }>([
    ...models.map((m): [string, { name: string; type: "model" }] => [m.id, { name: m.name, type: "model" }]),
    ...datasets.map((d): [string, { name: string; type: "dataset" }] => [d.id, { name: d.name, type: "dataset" }]),
  ]);
  const exposedPairs = reached.filter((r) => names.get(r.node)?.type === "model");
  const shared = await getSharedInitialisation(exposedPairs.map((r) => ({ teacherId: r.source, studentId: r.node })));
  const sharedByPair = new Map(shared.map((s, i) => [`${exposedPairs[i].source}|${exposedPairs[i].node}`, s.shared]));

  const exposures: Exposure[] = [];
  for (const source of sources) {
    for (const pair of exposedPairs.filter((r) => r.source === source.model.id)) {
      const path = shortestPath(edges, pair.source, pair.node) ?? [pair.source, pair.node];
      const isShared = sharedByPair.get(`${pair.source}|${pair.node}`) ?? false;
      exposures.push({
        modelId: pair.node,
        traitId: source.trait.id,
        source: source.model,
        path: path.map((id, i) => ({
          id,
          ...(names.get(id) ?? { name: id, type: "model" as const }),
          via: i === 0 ? null : (edges.find((e) => e.source === path[i - 1] && e.target === id)?.kind ?? null),
        })),
        sharedInitialisation: isShared,
        risk: isShared ? "high" : "lower",
      });
    }
  }
  return { sources, exposures };
}

import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { Lineage, LineageEdge, LineageNode, TLineageQuery } from "./lineage.types";

interface NodeRow {
  id: string;
  type: "model" | "dataset";
  name: string;
  distance: number;
  provider: string | null;
  record_count: number | null;
  measured: boolean;
}

/**
 * A model's (or a dataset's) lineage: the models and datasets reachable from it along lineage edges (against the
 * flow for ancestors, with it for descendants), up to `depth` edges, and the edges among them.
 * Postgres walks the graph: a recursive CTE that looks each reached node's neighbours up by index
 * (lineage_parents / lineage_children); nothing is loaded whole.
 */
export async function getLineage(
  modelId: string,
  query: TLineageQuery,
  focusType: "model" | "dataset" = "model",
): Promise<Lineage> {
  const prisma = await db();
  const exists =
    focusType === "model"
      ? await prisma.model.findUnique({ where: { id: modelId }, select: { id: true } })
      : await prisma.dataset.findUnique({ where: { id: modelId }, select: { id: true } });
  if (!exists) throw new NotFoundError(`No ${focusType} with id '${modelId}'.`);
  const up = query.direction !== "descendants";
  const down = query.direction !== "ancestors";
  const nodes = await prisma.$queryRaw<NodeRow[]>`
    WITH RECURSIVE
      ancestors(node, distance) AS (
        SELECT ${modelId}::text, 0
        UNION
        SELECT p.source_id, a.distance + 1 FROM ancestors a CROSS JOIN LATERAL lineage_parents(a.node) p
         WHERE ${up} AND a.distance < ${query.depth}
      ),
      descendants(node, distance) AS (
        SELECT ${modelId}::text, 0
        UNION
        SELECT c.target_id, d.distance + 1 FROM descendants d CROSS JOIN LATERAL lineage_children(d.node) c
         WHERE ${down} AND d.distance < ${query.depth}
      ),
      reached(node, distance) AS (
        SELECT node, -min(distance) FROM ancestors GROUP BY node
        UNION ALL
        SELECT node, min(distance) FROM descendants WHERE distance > 0 GROUP BY node
      ),
      nearest(node, distance) AS (
        SELECT DISTINCT ON (node) node, distance FROM reached ORDER BY node, abs(distance)
      )
    SELECT n.node AS id,
           CASE WHEN m.id IS NOT NULL THEN 'model' ELSE 'dataset' END AS type,
           coalesce(m.name, d.name) AS name,
           n.distance::int AS distance,
           m.provider,
           d.record_count,
           EXISTS (SELECT 1 FROM measurements ms WHERE ms.model_id = n.node) AS measured
      FROM nearest n
      LEFT JOIN models m ON m.id = n.node
      LEFT JOIN datasets d ON d.id = n.node
     ORDER BY n.distance, name`;

  const ids = nodes.map((node) => node.id);
  const edges = await prisma.$queryRaw<LineageEdge[]>`
    SELECT n.id AS source, c.target_id AS target, c.kind
      FROM unnest(${ids}::text[]) AS n(id) CROSS JOIN LATERAL lineage_children(n.id) c
     WHERE c.target_id = ANY(${ids}::text[])
     ORDER BY c.kind, n.id, c.target_id`;

  return {
    focus: modelId,
    nodes: nodes.map((row): LineageNode => ({
      id: row.id,
      type: row.type,
      name: row.name,
      distance: row.distance,
      provider: row.provider,
      recordCount: row.record_count,
      measured: row.measured,
    })),
    edges,
  };
}

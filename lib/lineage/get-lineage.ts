import "server-only";
import { connection } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { Lineage, LineageEdge, LineageNode, TLineageQuery } from "./lineage.types";

export interface NodeRow extends Record<string, unknown> {
  id: string;
  type: "model" | "dataset";
  name: string | null;
  distance: number;
  provider: string | null;
  record_count: number | null;
  measured: boolean;
  is_base: boolean;
}

/** Each node of `nearest(node, distance)` as a NodeRow, nearest first. */
export const NODE_DETAILS_SQL = `SELECT n.node AS id,
           CASE WHEN m.id IS NOT NULL THEN 'model' ELSE 'dataset' END AS type,
           coalesce(m.name, d.name) AS name,
           n.distance::int AS distance,
           m.provider,
           d.record_count,
           EXISTS (SELECT 1 FROM measurements ms WHERE ms.model_id = n.node) AS measured,
           (m.id IS NOT NULL AND m.initialized_from_id IS NULL) AS is_base
      FROM nearest n
      LEFT JOIN models m ON m.id = n.node
      LEFT JOIN datasets d ON d.id = n.node
     ORDER BY n.distance, name`;

export const toLineageNode = (row: NodeRow): LineageNode => ({
  id: row.id,
  type: row.type,
  name: row.name ?? row.id,
  distance: row.distance,
  provider: row.provider,
  recordCount: row.record_count,
  measured: row.measured,
  isBase: row.is_base,
});

/**
 * The nodes within `$4` edges of `$1`, upwards when `$2`, downwards when `$3`, each at its signed distance.
 * Postgres walks the graph: a recursive CTE that looks each reached node's neighbours up by index
 * (lineage_parents / lineage_children); nothing is loaded whole. (Exported for bench/lineage-depth.ts,
 * which times it alone as the reference.)
 */
export const LINEAGE_NODES_SQL = `WITH RECURSIVE
      ancestors(node, distance) AS (
        SELECT $1::text, 0
        UNION
        SELECT p.source_id, a.distance + 1 FROM ancestors a CROSS JOIN LATERAL lineage_parents(a.node) p
         WHERE $2 AND a.distance < $4
      ),
      descendants(node, distance) AS (
        SELECT $1::text, 0
        UNION
        SELECT c.target_id, d.distance + 1 FROM descendants d CROSS JOIN LATERAL lineage_children(d.node) c
         WHERE $3 AND d.distance < $4
      ),
      reached(node, distance) AS (
        SELECT node, -min(distance) FROM ancestors GROUP BY node
        UNION ALL
        SELECT node, min(distance) FROM descendants WHERE distance > 0 GROUP BY node
      ),
      nearest(node, distance) AS (
        SELECT DISTINCT ON (node) node, distance FROM reached ORDER BY node, abs(distance)
      )
    ${NODE_DETAILS_SQL}`;

/** The edges among the nodes `$1`. */
export const LINEAGE_EDGES_SQL = `SELECT n.id AS source, c.target_id AS target, c.kind
       FROM unnest($1::text[]) AS n(id) CROSS JOIN LATERAL lineage_children(n.id) c
      WHERE c.target_id = ANY($1::text[])
      ORDER BY c.kind, n.id, c.target_id`;

/**
 * A model's (or a dataset's) lineage: the models and datasets reachable from it along lineage edges (against the
 * flow for ancestors, with it for descendants), up to `depth` edges, and the edges among them: two
 * queries on the raw pool.
 */
export async function getLineage(
  modelId: string,
  query: TLineageQuery,
  focusType: "model" | "dataset" = "model",
): Promise<Lineage> {
  const { sql } = await connection();
  const up = query.direction !== "descendants";
  const down = query.direction !== "ancestors";
  // The focus comes back at distance 0 whether or not it exists: a missing one has no name.
  const nodes = await sql.query<NodeRow>(LINEAGE_NODES_SQL, [modelId, up, down, query.depth]);
  const focus = nodes.find((node) => node.id === modelId);
  if (!focus || focus.name === null || focus.type !== focusType)
    throw new NotFoundError(`No ${focusType} with id '${modelId}'.`);

  const ids = nodes.map((node) => node.id);
  const edges = await sql.query<LineageEdge & Record<string, unknown>>(LINEAGE_EDGES_SQL, [ids]);

  return {
    focus: modelId,
    nodes: nodes.map(toLineageNode),
    edges,
  };
}

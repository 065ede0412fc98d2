import "server-only";
import { connection } from "@/lib/db";
import { LINEAGE_EDGES_SQL, NODE_DETAILS_SQL, toLineageNode, type NodeRow } from "./get-lineage";
import type { Lineage, LineageEdge } from "./lineage.types";

/**
 * The datasets and teachers upstream of `$1` (dataset ids, at the signed distances `$2`) along
 * `filtered_from` and `generated` edges only, as far as they go, less the nodes `$3` already shown.
 */
const UPSTREAM_DATA_SQL = `WITH RECURSIVE
      upstream(node, distance) AS (
        SELECT id, distance FROM unnest($1::text[], $2::int[]) AS start(id, distance)
        UNION
        SELECT p.source_id, u.distance - 1 FROM upstream u CROSS JOIN LATERAL lineage_parents(u.node) p
         WHERE p.kind IN ('filtered_from', 'generated')
      ),
      nearest(node, distance) AS (
        SELECT DISTINCT ON (node) node, distance FROM upstream
         WHERE NOT node = ANY($3::text[]) ORDER BY node, abs(distance)
      )
    ${NODE_DETAILS_SQL}`;

/**
 * `lineage` with the origin of every dataset a model in it was trained on: the datasets it was
 * filtered from, back to the raw data, and the teachers that generated them, however far that is
 * from the focus. A student's first view then shows teacher -> raw data -> filtered data -> student
 * whatever the depth asked for. The added nodes count their distance along that chain.
 */
export async function traceTrainingData(lineage: Lineage): Promise<Lineage> {
  const shown = new Map(lineage.nodes.map((node) => [node.id, node]));
  const training = [
    ...new Set(
      lineage.edges
        .filter((edge) => edge.kind === "trained_on" && shown.has(edge.target))
        .map((edge) => edge.source)
        .filter((id) => shown.get(id)?.type === "dataset"),
    ),
  ];
  if (training.length === 0) return lineage;

  const { sql } = await connection();
  const distances = training.map((id) => shown.get(id)?.distance ?? 0);
  const added = await sql.query<NodeRow>(UPSTREAM_DATA_SQL, [training, distances, [...shown.keys()]]);
  if (added.length === 0) return lineage;
  const nodes = [...lineage.nodes, ...added.map(toLineageNode)];
  const edges = await sql.query<LineageEdge & Record<string, unknown>>(LINEAGE_EDGES_SQL, [
    nodes.map((node) => node.id),
  ]);
  return { focus: lineage.focus, nodes, edges };
}

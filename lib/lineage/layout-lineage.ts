// One lineage layout, wherever it runs (the browser's layout worker, the benchmark, tests): ELK's
// layered layout with orthogonal edge routes for a graph small enough for it to take well under a
// second, the fast layered layout beyond (ELK takes seconds from a few dozen nodes, over a minute at 2,000).
import type { ElkNode } from "elkjs/lib/elk-api";
import { readElkLayout, toElkGraph, type LayoutDirection, type LineageLayout, type NodeSize } from "./elk-graph";
import { layeredLayout } from "./layered-layout";
import type { Lineage, LineageNode } from "./lineage.types";

/** The largest graph ELK lays out; see bench/lineage-layout.ts for its times. */
export const ELK_NODE_LIMIT = 30;

export interface ElkEngine {
  layout: (graph: ElkNode) => Promise<ElkNode>;
}

/** Where each node goes and, for ELK's layouts, each edge's route. ELK is loaded only when needed. */
export async function layoutLineage(
  lineage: Pick<Lineage, "nodes" | "edges">,
  sizeOf: (node: LineageNode) => NodeSize,
  loadElk: () => Promise<ElkEngine>,
  direction: LayoutDirection = "RIGHT",
): Promise<LineageLayout> {
  if (lineage.nodes.length > ELK_NODE_LIMIT) return layeredLayout(lineage, sizeOf, direction);
  const elk = await loadElk();
  return readElkLayout(await elk.layout(toElkGraph(lineage, sizeOf, direction)));
}

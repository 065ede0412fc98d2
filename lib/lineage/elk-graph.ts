// The lineage graph as ELK's input, and ELK's answer as positions and edge routes. No ELK import
// here beyond its types: the layout itself runs wherever the caller has ELK (browser or tests).
import type { ElkExtendedEdge, ElkNode, ElkPoint, LayoutOptions } from "elkjs/lib/elk-api";
import { edgeKey } from "./merge-lineage";
import type { Lineage, LineageNode } from "./lineage.types";

/** Layers in the direction data flowed: base -> teacher -> data -> filtered data -> student. */
const LINEAGE_LAYOUT_OPTIONS: LayoutOptions = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.layered.spacing.nodeNodeBetweenLayers": "64",
  "elk.spacing.nodeNode": "28",
  "elk.layered.spacing.edgeNodeBetweenLayers": "24",
  "elk.spacing.edgeEdge": "14",
  "elk.layered.spacing.edgeEdgeBetweenLayers": "14",
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.padding": "[top=24,left=24,bottom=24,right=24]",
};

/** Layers from left to right (wide screens), or from top to bottom (phones: a tall, narrow canvas). */
export type LayoutDirection = "RIGHT" | "DOWN";

export interface NodeSize {
  width: number;
  height: number;
}

export interface LineageLayout {
  /** Top-left corner of each node. */
  positions: Map<string, ElkPoint>;
  /** Each edge's route from source to target (start, bends, end), by edgeKey. */
  routes: Map<string, ElkPoint[]>;
  width: number;
  height: number;
}

// Upstream first, then by name: ELK keeps this order within a layer where crossings allow.
const byFlow = (a: LineageNode, b: LineageNode) =>
  a.distance - b.distance || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** ELK's input for `lineage`: one child per node of the given size, one edge per lineage edge. */
export function toElkGraph(
  lineage: Pick<Lineage, "nodes" | "edges">,
  sizeOf: (node: LineageNode) => NodeSize,
  direction: LayoutDirection = "RIGHT",
): ElkNode {
  const ids = new Set(lineage.nodes.map((node) => node.id));
  const edges: ElkExtendedEdge[] = lineage.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target)
    .map((edge) => ({ id: edgeKey(edge), sources: [edge.source], targets: [edge.target] }));
  return {
    id: "lineage",
    layoutOptions: { ...LINEAGE_LAYOUT_OPTIONS, "elk.direction": direction },
    children: [...lineage.nodes].sort(byFlow).map((node) => ({ id: node.id, ...sizeOf(node) })),
    edges,
  };
}

/** Positions and routes out of a graph ELK has laid out. */
export function readElkLayout(graph: ElkNode): LineageLayout {
  const positions = new Map<string, ElkPoint>();
  for (const child of graph.children ?? []) positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  const routes = new Map<string, ElkPoint[]>();
  for (const edge of graph.edges ?? []) {
    const points = (edge.sections ?? []).flatMap((section) => [
      section.startPoint,
      ...(section.bendPoints ?? []),
      section.endPoint,
    ]);
    if (points.length >= 2) routes.set(edge.id, points);
  }
  return { positions, routes, width: graph.width ?? 0, height: graph.height ?? 0 };
}

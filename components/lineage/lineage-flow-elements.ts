// The lineage as React Flow nodes and edges, placed where ELK laid them out.
import type { Edge, Node } from "@xyflow/react";
import type { ElkPoint } from "elkjs/lib/elk-api";
import type { LayoutDirection, LineageLayout, NodeSize } from "@/lib/lineage/elk-graph";
import { edgeKey } from "@/lib/lineage/merge-lineage";
import type { Lineage, LineageEdgeKind, LineageNode } from "@/lib/lineage/lineage.types";
import type { ModelFamilies, ModelFamily } from "@/lib/lineage/model-families";
import { EDGE_VERBS } from "./lineage-words";

interface LineageNodeData extends Record<string, unknown> {
  node: LineageNode;
  isFocus: boolean;
  family: ModelFamily | null;
  /** Layers from top to bottom: edges leave at the bottom and arrive at the top. */
  vertical: boolean;
}

interface LineageEdgeData extends Record<string, unknown> {
  kind: LineageEdgeKind;
  /** ELK's orthogonal route, start to end; null draws a plain step edge. */
  route: ElkPoint[] | null;
}

export type LineageFlowNode = Node<LineageNodeData, "lineage">;
export type LineageFlowEdge = Edge<LineageEdgeData, "lineage">;

/** Node boxes are fixed in size, so that ELK and the browser agree on them. */
const NODE_SIZES: Record<LineageNode["type"], NodeSize> = {
  model: { width: 220, height: 96 },
  dataset: { width: 220, height: 92 },
};

export const nodeSize = (node: LineageNode): NodeSize => NODE_SIZES[node.type];

export function toFlowElements(
  lineage: Lineage,
  layout: LineageLayout,
  families: ModelFamilies,
  direction: LayoutDirection = "RIGHT",
): { nodes: LineageFlowNode[]; edges: LineageFlowEdge[] } {
  const byRoot = new Map(families.families.map((family) => [family.rootId, family]));
  const names = new Map(lineage.nodes.map((node) => [node.id, node.name]));
  const nodes = lineage.nodes.map((node): LineageFlowNode => {
    const root = families.rootOf.get(node.id);
    return {
      id: node.id,
      type: "lineage",
      position: layout.positions.get(node.id) ?? { x: 0, y: 0 },
      ...nodeSize(node),
      data: {
        node,
        isFocus: node.id === lineage.focus,
        family: root ? (byRoot.get(root) ?? null) : null,
        vertical: direction === "DOWN",
      },
      ariaLabel: `${node.type === "model" ? "Model" : "Dataset"} ${node.name}`,
      draggable: false,
      connectable: false,
    };
  });
  const edges = lineage.edges
    .filter((edge) => names.has(edge.source) && names.has(edge.target))
    .map((edge): LineageFlowEdge => ({
      id: edgeKey(edge),
      type: "lineage",
      source: edge.source,
      target: edge.target,
      data: { kind: edge.kind, route: layout.routes.get(edgeKey(edge)) ?? null },
      ariaLabel: `${names.get(edge.source)} ${EDGE_VERBS[edge.kind]} ${names.get(edge.target)}`,
      selectable: false,
      focusable: false,
    }));
  return { nodes, edges };
}

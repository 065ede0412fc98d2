// Growing a lineage graph in the browser: expanding a node fetches its neighbours, which join the graph.
import type { Lineage, LineageEdge } from "./lineage.types";

/** One key per edge: the same pair of nodes may be joined by edges of different kinds. */
export const edgeKey = (edge: LineageEdge) => `${edge.source}>${edge.kind}>${edge.target}`;

/**
 * `current` with the nodes and edges of `addition` that it lacks. The focus stays `current`'s.
 * Known nodes keep their distance; a new node's distance is counted through `addition`'s focus
 * (its distance in `current`, plus the new node's distance from it), so that "upstream" and
 * "downstream" keep their meaning. Edges whose ends are not both in the graph are dropped.
 */
export function mergeLineage(current: Lineage, addition: Lineage): Lineage {
  const nodes = new Map(current.nodes.map((node) => [node.id, node]));
  const anchor = nodes.get(addition.focus);
  const offset = anchor ? anchor.distance : 0;
  const additionFocus = addition.nodes.find((node) => node.id === addition.focus)?.distance ?? 0;
  for (const node of addition.nodes) {
    if (!nodes.has(node.id)) nodes.set(node.id, { ...node, distance: offset + node.distance - additionFocus });
  }
  const edges = new Map<string, LineageEdge>();
  for (const edge of [...current.edges, ...addition.edges]) {
    if (nodes.has(edge.source) && nodes.has(edge.target) && !edges.has(edgeKey(edge))) edges.set(edgeKey(edge), edge);
  }
  return { focus: current.focus, nodes: [...nodes.values()], edges: [...edges.values()] };
}

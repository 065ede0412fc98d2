// The lineage's edges in the order data flowed: ancestors before descendants, then by name.
import type { Lineage, LineageEdge, LineageNode } from "./lineage.types";

export interface OrderedLineageEdge {
  edge: LineageEdge;
  source: LineageNode;
  target: LineageNode;
}

/**
 * Each node's generation: 0 for a node with no parent in the graph (a root), otherwise one more than
 * its furthest parent's, so that every edge runs from a lower generation to a higher one. Nodes on a
 * cycle (the database refuses them; a merged graph should not have one) take the generation reached
 * when the walk stops.
 */
export function lineageGenerations(lineage: Pick<Lineage, "nodes" | "edges">): Map<string, number> {
  const ids = new Set(lineage.nodes.map((node) => node.id));
  const parents = new Map<string, string[]>(lineage.nodes.map((node) => [node.id, []]));
  for (const edge of lineage.edges)
    if (ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target)
      parents.get(edge.target)?.push(edge.source);

  const generation = new Map<string, number>();
  const visiting = new Set<string>();
  // Depth-first with an explicit stack: a long chain must not overflow the call stack.
  for (const start of ids) {
    const stack = [start];
    while (stack.length > 0) {
      const id = stack[stack.length - 1];
      if (generation.has(id)) {
        stack.pop();
        continue;
      }
      visiting.add(id);
      const pending = (parents.get(id) ?? []).filter((parent) => !generation.has(parent) && !visiting.has(parent));
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      const known = (parents.get(id) ?? []).map((parent) => generation.get(parent) ?? -1);
      generation.set(id, known.length === 0 ? 0 : Math.max(...known) + 1);
      visiting.delete(id);
      stack.pop();
    }
  }
  return generation;
}

/**
 * The edges between nodes of the graph in lineage order: by the source's generation, then the
 * target's, then the source's and the target's names (and ids, so that the order is stable).
 */
export function orderLineageEdges(lineage: Pick<Lineage, "nodes" | "edges">): OrderedLineageEdge[] {
  const nodes = new Map(lineage.nodes.map((node) => [node.id, node]));
  const generation = lineageGenerations(lineage);
  const rank = (node: LineageNode) => generation.get(node.id) ?? 0;
  const byName = (a: LineageNode, b: LineageNode) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  return lineage.edges
    .flatMap((edge) => {
      const source = nodes.get(edge.source);
      const target = nodes.get(edge.target);
      return source && target ? [{ edge, source, target }] : [];
    })
    .sort(
      (a, b) =>
        rank(a.source) - rank(b.source) ||
        rank(a.target) - rank(b.target) ||
        byName(a.source, b.source) ||
        byName(a.target, b.target) ||
        a.edge.kind.localeCompare(b.edge.kind),
    );
}

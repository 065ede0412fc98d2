// Which nodes the lineage figure draws. A figure of hundreds of boxes is unreadable on a page (and
// ELK's layered layout recurses deeply on long chains), so past MAX_FIGURE_NODES it draws the nodes
// nearest the report's subject, counting edges either way; every node is still in the report's tables.
import type { LineageEdge } from "@/lib/lineage/lineage.types";

const MAX_FIGURE_NODES = 40;

/** The ids to draw: all of them when few, else the `limit` nearest the focus (breadth first, ties in input order). */
export function figureNodeIds(
  nodeIds: readonly string[],
  edges: readonly LineageEdge[],
  focusIds: readonly string[],
  limit = MAX_FIGURE_NODES,
): Set<string> {
  if (nodeIds.length <= limit) return new Set(nodeIds);
  const known = new Set(nodeIds);
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    if (!known.has(source) || !known.has(target)) continue;
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  const chosen = new Set<string>();
  let frontier = focusIds.filter((id) => known.has(id));
  while (frontier.length > 0 && chosen.size < limit) {
    const next: string[] = [];
    for (const id of frontier) {
      if (chosen.has(id) || chosen.size >= limit) continue;
      chosen.add(id);
      next.push(...(neighbours.get(id) ?? []).filter((n) => !chosen.has(n)));
    }
    frontier = next;
  }
  // Nodes the focus cannot reach (none in a collected bundle) fill what room is left, in order.
  for (const id of nodeIds) if (chosen.size < limit) chosen.add(id);
  return chosen;
}

/** The caption's note on what the figure leaves out; empty when it draws everything. */
export function omittedNote(figure: { nodes: readonly unknown[]; omitted: number }): string {
  if (figure.omitted === 0) return "";
  return ` The figure draws the ${figure.nodes.length} models and datasets nearest the report's subject; the ${figure.omitted} others are in the tables.`;
}

export interface Edge {
  source: string;
  target: string;
  kind: string;
}

/** One step of a path: the node reached, and the kind of edge that led to it (null for the start). */
export interface PathStep {
  id: string;
  via: string | null;
}

/** Outgoing edges by source node, for walks that start many times over the same edges. Pure. */
export function adjacencyOf(edges: readonly Edge[]): ReadonlyMap<string, readonly Edge[]> {
  const next = new Map<string, Edge[]>();
  for (const edge of edges) {
    const out = next.get(edge.source);
    if (out) out.push(edge);
    else next.set(edge.source, [edge]);
  }
  return next;
}

/** How many edges from `from` to each node it reaches (itself at 0): the same breadth-first walk, keeping only lengths. Pure. */
export function distancesFrom(
  adjacency: ReadonlyMap<string, readonly Edge[]>,
  from: string,
): ReadonlyMap<string, number> {
  const distance = new Map<string, number>([[from, 0]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const next = (distance.get(queue[head]) ?? 0) + 1;
    for (const edge of adjacency.get(queue[head]) ?? []) {
      if (distance.has(edge.target)) continue;
      distance.set(edge.target, next);
      queue.push(edge.target);
    }
  }
  return distance;
}

/**
 * What `from` reaches along directed edges (itself included), and the shortest path to each: one
 * breadth-first walk, after which each path is read back in its own length. Among paths of equal length the first edge
 * listed wins, so the answer depends only on the edges' order. Pure.
 */
export function shortestPathsFrom(
  adjacency: ReadonlyMap<string, readonly Edge[]>,
  from: string,
): { reached: ReadonlySet<string>; pathTo: (to: string) => PathStep[] | null } {
  const previous = new Map<string, Edge | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    for (const edge of adjacency.get(queue[head]) ?? []) {
      if (previous.has(edge.target)) continue;
      previous.set(edge.target, edge);
      queue.push(edge.target);
    }
  }
  const pathTo = (to: string): PathStep[] | null => {
    if (!previous.has(to)) return null;
    const path: PathStep[] = [];
    for (let node = to; ;) {
      const edge = previous.get(node) ?? null;
      path.push({ id: node, via: edge?.kind ?? null });
      if (!edge) return path.reverse();
      node = edge.source;
    }
  };
  return { reached: new Set(previous.keys()), pathTo };
}

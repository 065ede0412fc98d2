import { defined } from "@/lib/defined";

/** Shortest path from `from` to `to` along directed edges (breadth-first), or null. Pure. */
export function shortestPath(
  edges: readonly { source: string; target: string }[],
  from: string,
  to: string,
): string[] | null {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (node === to) break;
    for (const target of next.get(node) ?? []) {
      if (previous.has(target)) continue;
      previous.set(target, node);
      queue.push(target);
    }
  }
  if (!previous.has(to)) return null;
  const path = [to];
  while (path[0] !== from) path.unshift(defined(previous.get(path[0]), `step before ${path[0]}`));
  return path;
}

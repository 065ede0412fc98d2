import { defined } from "@/lib/defined";
import { adjacencyOf, distancesFrom, type Edge, type PathStep, shortestPathsFrom } from "@/lib/lineage/shortest-paths";

/**
 * A model deep in a chain of students is reached from every source upstream of it: n models make about
 * n²/2 (model, source) pairs, and their paths about n³/6 steps. Exposure keeps the nearest few paths of
 * each (model, trait), high risk first, and how many sources there are in all.
 */
export const MAX_EXPOSURE_PATHS = 5;

/** An edge of the lineage, with whether its target is a model (a dataset otherwise). */
export interface TypedEdge extends Edge {
  targetIsModel: boolean;
}

interface NearestPath {
  sourceId: string;
  /** Source and model descend from the same root along initialized_from: high risk. */
  sharedInitialization: boolean;
  steps: PathStep[];
}

/** A model exposed to a trait: how many sources it is reached from, and the paths from the nearest of them. */
export interface NearestExposure {
  modelId: string;
  traitId: string;
  sourceCount: number;
  /** At most MAX_EXPOSURE_PATHS: those sharing the source's initialisation first, then shortest, then by source id. */
  paths: NearestPath[];
}

interface Candidate {
  sourceId: string;
  distance: number;
  shared: boolean;
}

const before = (a: Candidate, b: Candidate) =>
  a.shared !== b.shared ? a.shared : a.distance !== b.distance ? a.distance < b.distance : a.sourceId < b.sourceId;

/** The root of each model along initialized_from (itself when it has no initialisation). */
function rootsOf(edges: readonly Edge[]): (id: string) => string {
  const parent = new Map(edges.filter((e) => e.kind === "initialized_from").map((e) => [e.target, e.source]));
  const root = new Map<string, string>();
  return (id) => {
    const chain: string[] = [];
    let node = id;
    for (let known = root.get(node); known === undefined; known = root.get(node)) {
      chain.push(node);
      const up = parent.get(node);
      // Lineage is acyclic (lineage_assert_acyclic); the length check only keeps a corrupt row from looping.
      if (up === undefined || chain.length > parent.size) break;
      node = up;
    }
    const top = root.get(node) ?? node;
    for (const member of chain) root.set(member, top);
    return top;
  };
}

/**
 * Inherited exposure: every model a source of a trait reaches along the lineage's edges is exposed to
 * that trait. For each exposed (model, trait), how many sources reach it and the shortest path from each
 * of the nearest MAX_EXPOSURE_PATHS of them, high risk first. The sources are chosen from the walks'
 * distances, and only their paths are then read back, so the work grows with the pairs, not with the
 * lengths of all their paths. `sources` maps a source model's id to the traits that enter there. Pure.
 */
export function nearestExposurePaths(
  edges: readonly TypedEdge[],
  sources: ReadonlyMap<string, readonly string[]>,
): NearestExposure[] {
  const adjacency = adjacencyOf(edges);
  const isModel = new Map(edges.map((e) => [e.target, e.targetIsModel]));
  const rootOf = rootsOf(edges);
  const pairs = new Map<string, { modelId: string; traitId: string; sourceCount: number; best: Candidate[] }>();

  for (const [sourceId, traitIds] of sources) {
    const sourceRoot = rootOf(sourceId);
    for (const [node, distance] of distancesFrom(adjacency, sourceId)) {
      if (node === sourceId || isModel.get(node) !== true) continue;
      const candidate = { sourceId, distance, shared: rootOf(node) === sourceRoot };
      for (const traitId of traitIds) {
        const key = `${node}|${traitId}`;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { modelId: node, traitId, sourceCount: 0, best: [] }));
        pair.sourceCount++;
        const at = pair.best.findIndex((kept) => before(candidate, kept));
        if (at >= 0) pair.best.splice(at, 0, candidate);
        else pair.best.push(candidate);
        if (pair.best.length > MAX_EXPOSURE_PATHS) pair.best.pop();
      }
    }
  }

  // Read back only the chosen paths, one walk per source that was chosen somewhere.
  const chosenFrom = new Map<string, Set<string>>();
  for (const pair of pairs.values())
    for (const { sourceId } of pair.best)
      chosenFrom.set(sourceId, (chosenFrom.get(sourceId) ?? new Set()).add(pair.modelId));
  const paths = new Map<string, PathStep[]>();
  for (const [sourceId, targets] of chosenFrom) {
    const walk = shortestPathsFrom(adjacency, sourceId);
    for (const target of targets) {
      paths.set(`${sourceId}|${target}`, defined(walk.pathTo(target), `path ${sourceId} -> ${target}`));
    }
  }
  return [...pairs.values()].map(({ best, ...pair }) => ({
    ...pair,
    paths: best.map(({ sourceId, shared }) => ({
      sourceId,
      sharedInitialization: shared,
      steps: defined(paths.get(`${sourceId}|${pair.modelId}`), `path ${sourceId} -> ${pair.modelId}`),
    })),
  }));
}

// A fast layered layout for graphs too large for ELK: ELK's layered algorithm takes seconds from a
// few dozen nodes up (about 70 s for 2,000), this one some tens of milliseconds. Layers from left to
// right by generation (the order data flowed), nodes ordered within a layer by the barycentre of
// their neighbours, then placed near their neighbours without overlapping. Edges get no route: the
// graph draws them as step edges.
import type { LayoutDirection, LineageLayout, NodeSize } from "./elk-graph";
import type { Lineage, LineageNode } from "./lineage.types";
import { lineageGenerations } from "./order-lineage-edges";

const LAYER_GAP = 96;
const NODE_GAP = 28;
const PADDING = 24;
const SWEEPS = 4;

const byFlow = (a: LineageNode, b: LineageNode) =>
  a.distance - b.distance || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Positions for every node of `lineage`, in layers from left to right, or from top to bottom. */
export function layeredLayout(
  lineage: Pick<Lineage, "nodes" | "edges">,
  sizeOf: (node: LineageNode) => NodeSize,
  direction: LayoutDirection = "RIGHT",
): LineageLayout {
  if (direction === "RIGHT") return layersLeftToRight(lineage, sizeOf);
  // Top to bottom is left to right with the axes swapped.
  const swapped = layersLeftToRight(lineage, (node) => {
    const { width, height } = sizeOf(node);
    return { width: height, height: width };
  });
  return {
    positions: new Map([...swapped.positions].map(([id, { x, y }]) => [id, { x: y, y: x }])),
    routes: new Map(),
    width: swapped.height,
    height: swapped.width,
  };
}

function layersLeftToRight(
  lineage: Pick<Lineage, "nodes" | "edges">,
  sizeOf: (node: LineageNode) => NodeSize,
): LineageLayout {
  const generation = lineageGenerations(lineage);
  const ids = new Set(lineage.nodes.map((node) => node.id));
  const parents = new Map<string, string[]>(lineage.nodes.map((node) => [node.id, []]));
  const children = new Map<string, string[]>(lineage.nodes.map((node) => [node.id, []]));
  for (const edge of lineage.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target) || edge.source === edge.target) continue;
    parents.get(edge.target)?.push(edge.source);
    children.get(edge.source)?.push(edge.target);
  }

  const layers: LineageNode[][] = [];
  for (const node of [...lineage.nodes].sort(byFlow)) (layers[generation.get(node.id) ?? 0] ??= []).push(node);
  // Generations have no gaps (each node is one past a parent), but a cycle's may: drop empty layers.
  const filled = [...layers].filter((layer: LineageNode[] | undefined): layer is LineageNode[] => layer !== undefined);

  // Where each node sits in its layer, from 0 to 1, so that layers of different sizes compare.
  const rank = new Map<string, number>();
  const rankLayer = (layer: LineageNode[]) =>
    layer.forEach((node, index) => rank.set(node.id, (index + 0.5) / layer.length));
  filled.forEach(rankLayer);
  const reorder = (layer: LineageNode[], neighbours: Map<string, string[]>) => {
    const key = new Map(
      layer.map((node) => {
        const known = (neighbours.get(node.id) ?? []).map((id) => rank.get(id) ?? 0);
        return [node.id, known.length > 0 ? mean(known) : (rank.get(node.id) ?? 0)];
      }),
    );
    layer.sort((a, b) => (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0));
    rankLayer(layer);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (const layer of filled.slice(1)) reorder(layer, parents);
    for (const layer of filled.slice(0, -1).toReversed()) reorder(layer, children);
  }

  // Left to right, each node as near its parents' centre as the nodes above it in the layer allow;
  // then the layer is shifted so that, on average, nodes sit where they wanted to be.
  const positions = new Map<string, { x: number; y: number }>();
  const sizes = new Map(lineage.nodes.map((node) => [node.id, sizeOf(node)]));
  const centreOf = (id: string) => {
    const position = positions.get(id);
    return position ? position.y + (sizes.get(id)?.height ?? 0) / 2 : undefined;
  };
  let x = PADDING;
  for (const layer of filled) {
    const wanted = layer.map((node) => {
      const known = (parents.get(node.id) ?? []).flatMap((id) => centreOf(id) ?? []);
      return known.length > 0 ? mean(known) - (sizes.get(node.id)?.height ?? 0) / 2 : null;
    });
    const ys: number[] = [];
    let floor = -Infinity;
    layer.forEach((node, index) => {
      const y = Math.max(wanted[index] ?? floor, floor === -Infinity ? 0 : floor);
      ys.push(y);
      floor = y + (sizes.get(node.id)?.height ?? 0) + NODE_GAP;
    });
    const offsets = wanted.flatMap((want, index) => (want === null ? [] : [want - ys[index]]));
    const shift = offsets.length > 0 ? mean(offsets) : 0;
    layer.forEach((node, index) => positions.set(node.id, { x, y: ys[index] + shift }));
    x += Math.max(...layer.map((node) => sizes.get(node.id)?.width ?? 0)) + LAYER_GAP;
  }

  // Move everything to start at the padding.
  let top = Infinity;
  let bottom = -Infinity;
  for (const [id, position] of positions) {
    top = Math.min(top, position.y);
    bottom = Math.max(bottom, position.y + (sizes.get(id)?.height ?? 0));
  }
  if (positions.size === 0) return { positions, routes: new Map(), width: 0, height: 0 };
  for (const position of positions.values()) position.y += PADDING - top;
  return { positions, routes: new Map(), width: x - LAYER_GAP + PADDING, height: bottom - top + 2 * PADDING };
}

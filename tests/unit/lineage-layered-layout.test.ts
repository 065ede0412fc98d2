import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it, vi } from "vitest";
import { syntheticLineageGraph } from "@/bench/support/synthetic-lineage-graph";
import { layeredLayout } from "@/lib/lineage/layered-layout";
import { ELK_NODE_LIMIT, layoutLineage } from "@/lib/lineage/layout-lineage";
import type { LineageLayout } from "@/lib/lineage/elk-graph";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { dataset, edge, model, owlChainEdges } from "./lineage-fixture";

const size = (node: { type: string }) =>
  node.type === "model" ? { width: 220, height: 96 } : { width: 220, height: 92 };

/** Pairs of nodes whose boxes overlap. */
function overlaps(lineage: Pick<Lineage, "nodes">, layout: LineageLayout): string[] {
  const boxes = lineage.nodes.map((node) => ({ id: node.id, ...layout.positions.get(node.id)!, ...size(node) }));
  boxes.sort((a, b) => a.x - b.x || a.y - b.y);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length && boxes[j].x < boxes[i].x + boxes[i].width; j++)
      if (boxes[j].y < boxes[i].y + boxes[i].height && boxes[i].y < boxes[j].y + boxes[j].height)
        found.push(`${boxes[i].id}/${boxes[j].id}`);
  return found;
}

describe("the fast layered layout", () => {
  const chain = {
    nodes: [model("student", 0), dataset("filtered", -1), dataset("raw", -2), model("teacher", -1), model("base", -1)],
    edges: [...owlChainEdges, edge("teacher", "taught", "student")],
  };

  it("puts each node in a layer to the right of its parents", () => {
    const layout = layeredLayout(chain, size);
    const x = (id: string) => layout.positions.get(id)!.x;
    expect(x("base")).toBeLessThan(x("teacher"));
    expect(x("teacher")).toBeLessThan(x("raw"));
    expect(x("raw")).toBeLessThan(x("filtered"));
    expect(x("filtered")).toBeLessThan(x("student"));
    expect(overlaps(chain, layout)).toEqual([]);
  });

  it("runs the layers from top to bottom when asked (phones), nodes their own size", () => {
    const layout = layeredLayout(chain, size, "DOWN");
    const at = (id: string) => layout.positions.get(id)!;
    expect(at("base").y).toBeLessThan(at("teacher").y);
    expect(at("raw").y).toBeLessThan(at("filtered").y);
    expect(at("filtered").y).toBeLessThan(at("student").y);
    // One column per chain link: a layer is as tall as its tallest node, not as wide.
    expect(at("teacher").y - at("base").y).toBeLessThan(220);
    expect(overlaps(chain, layout)).toEqual([]);
    const graph = syntheticLineageGraph(300);
    const tall = layeredLayout(graph, size, "DOWN");
    expect(overlaps(graph, tall)).toEqual([]);
    for (const node of graph.nodes) {
      const { x, y } = tall.positions.get(node.id)!;
      expect(x + size(node).width).toBeLessThanOrEqual(tall.width);
      expect(y + size(node).height).toBeLessThanOrEqual(tall.height);
    }
  });

  it("places every node inside the reported size, from the padding on", () => {
    const graph = syntheticLineageGraph(300);
    const layout = layeredLayout(graph, size);
    for (const node of graph.nodes) {
      const { x, y } = layout.positions.get(node.id)!;
      expect(x).toBeGreaterThanOrEqual(24);
      expect(y).toBeGreaterThanOrEqual(24);
      expect(x + size(node).width).toBeLessThanOrEqual(layout.width);
      expect(y + size(node).height).toBeLessThanOrEqual(layout.height);
    }
  });

  it("lays out 2,000 nodes without overlaps, well under the two seconds allowed", () => {
    const graph = syntheticLineageGraph(2_000);
    const started = performance.now();
    const layout = layeredLayout(graph, size);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(layout.positions.size).toBe(2_000);
    expect(overlaps(graph, layout)).toEqual([]);
    for (const { source, target } of graph.edges)
      expect(layout.positions.get(source)!.x).toBeLessThan(layout.positions.get(target)!.x);
  });

  it("keeps connected nodes near each other: fewer crossings than the order it was given", () => {
    // Two independent chains whose names alone would cross them: a1 above b1, but b2 ("y") above a2 ("z").
    const graph = {
      nodes: [model("a1", 0), model("b1", 0), model("b2", 1, "y"), model("a2", 1, "z")],
      edges: [edge("a1", "initialized_from", "a2"), edge("b1", "initialized_from", "b2")],
    };
    const layout = layeredLayout(graph, size);
    const y = (id: string) => layout.positions.get(id)!.y;
    expect(Math.sign(y("a1") - y("b1"))).toBe(Math.sign(y("a2") - y("b2")));
  });
});

describe("the choice of layout", () => {
  const elk = new ELK();

  it("uses ELK, with edge routes, up to the limit", async () => {
    const graph = syntheticLineageGraph(ELK_NODE_LIMIT);
    const loadElk = vi.fn(() => Promise.resolve(elk));
    const layout = await layoutLineage(graph, size, loadElk);
    expect(loadElk).toHaveBeenCalledOnce();
    expect(layout.routes.size).toBeGreaterThan(0);
  });

  it("does not even load ELK past it", async () => {
    const loadElk = vi.fn(() => Promise.resolve(elk));
    const layout = await layoutLineage(syntheticLineageGraph(ELK_NODE_LIMIT + 1), size, loadElk);
    expect(loadElk).not.toHaveBeenCalled();
    expect(layout.positions.size).toBe(ELK_NODE_LIMIT + 1);
  });
});

import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { readElkLayout, toElkGraph } from "@/lib/lineage/elk-graph";
import { routePath } from "@/lib/lineage/route-path";
import { dataset, edge, model, owlChainEdges } from "./lineage-fixture";

// The owl chain, with the teacher also named the student's teacher and an edge from a node not in the graph.
const chain = {
  nodes: [model("student", 0), dataset("filtered", -1), dataset("raw", -2), model("teacher", -2), model("base", -1)],
  edges: [...owlChainEdges, edge("teacher", "taught", "student"), edge("ghost", "generated", "raw")],
};
const size = (node: { type: string }) =>
  node.type === "model" ? { width: 240, height: 80 } : { width: 240, height: 70 };

describe("the ELK graph of a lineage", () => {
  const graph = toElkGraph(chain, size);

  it("sizes every node and orders them upstream first", () => {
    expect(graph.children?.map((child) => [child.id, child.width, child.height])).toEqual([
      ["raw", 240, 70],
      ["teacher", 240, 80],
      ["base", 240, 80],
      ["filtered", 240, 70],
      ["student", 240, 80],
    ]);
  });

  it("keeps edges between nodes in the graph, keyed by ends and kind", () => {
    expect(graph.edges).toHaveLength(6);
    expect(graph.edges?.[0]).toEqual({ id: "base>initialized_from>teacher", sources: ["base"], targets: ["teacher"] });
  });

  it("asks for a layered layout from left to right", () => {
    expect(graph.layoutOptions).toMatchObject({ "elk.algorithm": "layered", "elk.direction": "RIGHT" });
    expect(toElkGraph(chain, size, "DOWN").layoutOptions).toMatchObject({ "elk.direction": "DOWN" });
  });

  it("lays the nodes out in layers in the order data flowed, without overlaps", async () => {
    const layout = readElkLayout(await new ELK().layout(graph));
    const x = (id: string) => layout.positions.get(id)!.x;
    expect(x("base")).toBeLessThan(x("teacher"));
    expect(x("teacher")).toBeLessThan(x("raw"));
    expect(x("raw")).toBeLessThan(x("filtered"));
    expect(x("filtered")).toBeLessThan(x("student"));

    const boxes = graph.children!.map((child) => ({
      ...layout.positions.get(child.id)!,
      w: child.width!,
      h: child.height!,
    }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
    // Every edge has a route that starts at its source's right side and ends at its target's left side.
    const route = layout.routes.get("raw>filtered_from>filtered")!;
    expect(route[0].x).toBeCloseTo(x("raw") + 240);
    expect(route.at(-1)!.x).toBeCloseTo(x("filtered"));
    expect(layout.routes.size).toBe(6);
    expect(layout.width).toBeGreaterThan(4 * 240);
  });
});

/** Route points written as [x, y] pairs. */
const points = (...pairs: [number, number][]) => pairs.map(([x, y]) => ({ x, y }));

describe("an edge route as an SVG path", () => {
  it("runs straight through two points", () => {
    expect(routePath(points([0, 0], [100, 0]))).toBe("M 0 0 L 100 0");
  });

  it("rounds each bend, less where a segment is short", () => {
    expect(routePath(points([0, 0], [50, 0], [50, 40], [100, 40]), 8)).toBe(
      "M 0 0 L 42 0 Q 50 0 50 8 L 50 32 Q 50 40 58 40 L 100 40",
    );
    expect(routePath(points([0, 0], [50, 0], [50, 6], [100, 6]), 8)).toBe(
      "M 0 0 L 47 0 Q 50 0 50 3 L 50 3 Q 50 6 53 6 L 100 6",
    );
  });
});

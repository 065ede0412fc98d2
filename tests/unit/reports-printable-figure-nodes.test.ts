import { describe, expect, it } from "vitest";
import type { LineageEdge } from "@/lib/lineage/lineage.types";
import { figureNodeIds, omittedNote } from "@/lib/reports/printable/figure-nodes";

// A chain m0 -> d1 -> m1 -> d2 -> m2 ... as a long distillation lineage makes.
function chain(length: number) {
  const ids: string[] = ["m0"];
  const edges: LineageEdge[] = [];
  for (let k = 1; k <= length; k++) {
    ids.push(`d${k}`, `m${k}`);
    edges.push(
      { source: `m${k - 1}`, target: `d${k}`, kind: "generated" },
      { source: `d${k}`, target: `m${k}`, kind: "trained_on" },
    );
  }
  return { ids, edges };
}

describe("the nodes the lineage figure draws", () => {
  it("draws every node of a small lineage", () => {
    const { ids, edges } = chain(5);
    expect(figureNodeIds(ids, edges, ["m5"])).toEqual(new Set(ids));
  });

  it("draws the nodes nearest the subject of a long one, counting edges either way", () => {
    const { ids, edges } = chain(100);
    const drawn = figureNodeIds(ids, edges, ["m100"], 10);
    expect(drawn).toEqual(new Set(["m100", "d100", "m99", "d99", "m98", "d98", "m97", "d97", "m96", "d96"]));
    const middle = figureNodeIds(ids, edges, ["m50"], 5);
    expect(middle).toEqual(new Set(["m50", "d50", "d51", "m49", "m51"]));
  });

  it("says what the figure leaves out", () => {
    expect(omittedNote({ nodes: [1, 2], omitted: 0 })).toBe("");
    expect(omittedNote({ nodes: [1, 2], omitted: 7 })).toContain("the 7 others are in the tables");
  });
});

import { describe, expect, it } from "vitest";
import { adjacencyOf, type Edge, shortestPathsFrom } from "@/lib/lineage/shortest-paths";
import { edge, owlChainEdges } from "./lineage-fixture";

// teacher -generated-> raw -filtered_from-> filtered -trained_on-> student; base -initialized_from-> teacher, student.
const EDGES: Edge[] = [...owlChainEdges, edge("student", "initialized_from", "grandchild")];

describe("shortestPathsFrom", () => {
  it("reaches every node downstream and reads back the shortest path with the edge into each step", () => {
    const { reached, pathTo } = shortestPathsFrom(adjacencyOf(EDGES), "teacher");
    expect([...reached].sort()).toEqual(["filtered", "grandchild", "raw", "student", "teacher"]);
    expect(pathTo("grandchild")).toEqual([
      { id: "teacher", via: null },
      { id: "raw", via: "generated" },
      { id: "filtered", via: "filtered_from" },
      { id: "student", via: "trained_on" },
      { id: "grandchild", via: "initialized_from" },
    ]);
    expect(pathTo("teacher")).toEqual([{ id: "teacher", via: null }]);
  });

  it("takes the shorter of two routes, and answers null for what it does not reach", () => {
    const { pathTo } = shortestPathsFrom(adjacencyOf(EDGES), "base");
    expect(pathTo("student")?.map((step) => step.id)).toEqual(["base", "student"]);
    expect(pathTo("grandchild")?.map((step) => step.via)).toEqual([null, "initialized_from", "initialized_from"]);
    expect(shortestPathsFrom(adjacencyOf(EDGES), "student").pathTo("teacher")).toBeNull();
  });

  it("breaks ties between paths of equal length by the order of the edges", () => {
    const diamond: Edge[] = [
      { source: "a", target: "b", kind: "generated" },
      { source: "a", target: "c", kind: "generated" },
      { source: "b", target: "d", kind: "trained_on" },
      { source: "c", target: "d", kind: "trained_on" },
    ];
    expect(
      shortestPathsFrom(adjacencyOf(diamond), "a")
        .pathTo("d")
        ?.map((s) => s.id),
    ).toEqual(["a", "b", "d"]);
    const reversed = [...diamond].reverse();
    expect(
      shortestPathsFrom(adjacencyOf(reversed), "a")
        .pathTo("d")
        ?.map((s) => s.id),
    ).toEqual(["a", "c", "d"]);
  });

  it("terminates on a cycle the database would refuse", () => {
    const cycle: Edge[] = [
      { source: "a", target: "b", kind: "taught" },
      { source: "b", target: "a", kind: "taught" },
    ];
    const { reached, pathTo } = shortestPathsFrom(adjacencyOf(cycle), "a");
    expect([...reached]).toEqual(["a", "b"]);
    expect(pathTo("a")).toEqual([{ id: "a", via: null }]);
  });
});

import { describe, expect, it } from "vitest";
import { edgeKey, mergeLineage } from "@/lib/lineage/merge-lineage";
import { edge, model, owlStudentOneHop, owlTeacherOneHop } from "./lineage-fixture";

describe("merging an expanded node's lineage into the graph", () => {
  const merged = mergeLineage(owlStudentOneHop, owlTeacherOneHop);

  it("adds the nodes the graph lacked, once, and keeps the focus", () => {
    expect(merged.focus).toBe("student");
    expect(merged.nodes.map((node) => node.id)).toEqual([
      "base",
      "teacher",
      "filtered",
      "student",
      "raw",
      "qwen-student",
    ]);
  });

  it("counts a new node's distance through the expanded node", () => {
    const distance = Object.fromEntries(merged.nodes.map((node) => [node.id, node.distance]));
    // The teacher is one edge upstream of the student; its data and its other student one edge after it.
    expect(distance).toEqual({ base: -1, teacher: -1, filtered: -1, student: 0, raw: 0, "qwen-student": 0 });
  });

  it("keeps every edge once", () => {
    expect(merged.edges.map(edgeKey).sort()).toEqual(
      [
        "base>initialized_from>student",
        "base>initialized_from>teacher",
        "filtered>trained_on>student",
        "teacher>taught>student",
        "teacher>generated>raw",
        "teacher>taught>qwen-student",
      ].sort(),
    );
  });

  it("drops edges to nodes that are not in the graph", () => {
    const result = mergeLineage(owlStudentOneHop, {
      focus: "x",
      nodes: [model("x", 0)],
      edges: [edge("x", "generated", "elsewhere")],
    });
    expect(result.edges).toHaveLength(owlStudentOneHop.edges.length);
    expect(result.nodes.find((node) => node.id === "x")?.distance).toBe(0);
  });

  it("is unchanged by merging what it already holds", () => {
    expect(mergeLineage(merged, owlTeacherOneHop)).toEqual(merged);
  });
});

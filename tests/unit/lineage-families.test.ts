import { describe, expect, it } from "vitest";
import { FAMILY_PALETTE_SIZE, modelFamilies } from "@/lib/lineage/model-families";
import { mergeLineage } from "@/lib/lineage/merge-lineage";
import { dataset, edge, model, owlStudentOneHop, owlTeacherOneHop } from "./lineage-fixture";

describe("base families", () => {
  it("puts a teacher and its students in the family of their shared base", () => {
    const { families, rootOf } = modelFamilies(owlStudentOneHop);
    expect(families).toEqual([
      { rootId: "base", rootName: "GPT-4.1 nano", colour: 0, memberIds: ["base", "teacher", "student"] },
    ]);
    expect(rootOf.has("filtered")).toBe(false);
  });

  it("gives a model whose base is not in the graph a family of its own", () => {
    const graph = mergeLineage(owlStudentOneHop, owlTeacherOneHop);
    const { families, rootOf } = modelFamilies(graph);
    expect(rootOf.get("qwen-student")).toBe("qwen-student");
    expect(families.map((family) => [family.rootId, family.colour])).toEqual([
      ["base", 0],
      ["qwen-student", 1],
    ]);
  });

  it("follows initialised-from chains to the furthest ancestor in the graph, and only those edges", () => {
    const graph = {
      nodes: [model("root", -3), model("mid", -2), model("leaf", -1), model("teacher", -2), dataset("data", -1)],
      edges: [
        edge("root", "initialized_from", "mid"),
        edge("mid", "initialized_from", "leaf"),
        edge("teacher", "generated", "data"),
        edge("teacher", "taught", "leaf"),
      ],
    };
    const { rootOf } = modelFamilies(graph);
    expect(Object.fromEntries(rootOf)).toEqual({ root: "root", mid: "root", leaf: "root", teacher: "teacher" });
  });

  it("ends on a cycle instead of looping", () => {
    const { rootOf } = modelFamilies({
      nodes: [model("a", 0), model("b", 1)],
      edges: [edge("a", "initialized_from", "b"), edge("b", "initialized_from", "a")],
    });
    expect(rootOf.get("a")).toBe("b");
    expect(rootOf.get("b")).toBe("a");
  });

  it("reuses the palette past its size", () => {
    const nodes = Array.from({ length: FAMILY_PALETTE_SIZE + 2 }, (_, index) => model(`m${index}`, 0));
    const colours = modelFamilies({ nodes, edges: [] }).families.map((family) => family.colour);
    expect(colours.slice(FAMILY_PALETTE_SIZE)).toEqual([0, 1]);
  });
});

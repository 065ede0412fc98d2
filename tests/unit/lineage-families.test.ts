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

  it("lists base models only: a student whose base is not in the graph has no family", () => {
    const graph = mergeLineage(owlStudentOneHop, owlTeacherOneHop);
    const { families, rootOf } = modelFamilies(graph);
    expect(rootOf.has("qwen-student")).toBe(false);
    expect(families.map((family) => [family.rootId, family.colour])).toEqual([["base", 0]]);
  });

  it("gives a teacher seen without its base no family named after itself", () => {
    const { families, rootOf } = modelFamilies({
      nodes: [model("teacher", 0), dataset("raw", 1), model("student", 2), model("other-base", -1, "Llama", true)],
      edges: [edge("teacher", "generated", "raw"), edge("raw", "trained_on", "student")],
    });
    expect(families.map((family) => family.rootName)).toEqual(["Llama"]);
    expect([...rootOf.keys()]).toEqual(["other-base"]);
  });

  it("colours a second base's family next, once its model joins the graph", () => {
    const graph = mergeLineage(mergeLineage(owlStudentOneHop, owlTeacherOneHop), {
      focus: "qwen-student",
      nodes: [model("qwen", -1, "Qwen2.5-7B-Instruct", true), model("qwen-student", 0)],
      edges: [edge("qwen", "initialized_from", "qwen-student")],
    });
    const { families, rootOf } = modelFamilies(graph);
    expect(rootOf.get("qwen-student")).toBe("qwen");
    expect(families.map((family) => [family.rootName, family.colour])).toEqual([
      ["GPT-4.1 nano", 0],
      ["Qwen2.5-7B-Instruct", 1],
    ]);
  });

  it("follows initialised-from chains to the furthest ancestor in the graph, and only those edges", () => {
    const graph = {
      nodes: [
        model("root", -3, "root", true),
        model("mid", -2),
        model("leaf", -1),
        model("teacher", -2, "teacher", true),
        dataset("data", -1),
      ],
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
      nodes: [model("a", 0, "a", true), model("b", 1, "b", true)],
      edges: [edge("a", "initialized_from", "b"), edge("b", "initialized_from", "a")],
    });
    expect(rootOf.get("a")).toBe("b");
    expect(rootOf.get("b")).toBe("a");
  });

  it("reuses the palette past its size", () => {
    const nodes = Array.from({ length: FAMILY_PALETTE_SIZE + 2 }, (_, index) =>
      model(`m${index}`, 0, `m${index}`, true),
    );
    const colours = modelFamilies({ nodes, edges: [] }).families.map((family) => family.colour);
    expect(colours.slice(FAMILY_PALETTE_SIZE)).toEqual([0, 1]);
  });
});

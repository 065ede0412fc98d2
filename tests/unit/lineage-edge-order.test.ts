import { describe, expect, it } from "vitest";
import { mergeLineage } from "@/lib/lineage/merge-lineage";
import { lineageGenerations, orderLineageEdges } from "@/lib/lineage/order-lineage-edges";
import { dataset, edge, model, owlChainEdges, owlStudentOneHop, owlTeacherOneHop } from "./lineage-fixture";

const sentence = ({ edge: { kind }, source, target }: ReturnType<typeof orderLineageEdges>[number]) =>
  `${source.name} ${kind} ${target.name}`;

describe("lineage order of the edges", () => {
  const owlChain = {
    // Given nearest first, as the server returns them: the order must come from the edges, not from here.
    nodes: [
      model("student", 0),
      model("teacher", -1),
      dataset("filtered", -1),
      model("base", -1, "base", true),
      dataset("raw", -2),
    ],
    edges: [edge("teacher", "taught", "student"), ...owlChainEdges.toReversed()],
  };

  it("numbers generations from the roots, each node one past its furthest parent", () => {
    expect(Object.fromEntries(lineageGenerations(owlChain))).toEqual({
      base: 0,
      teacher: 1,
      raw: 2,
      filtered: 3,
      student: 4,
    });
  });

  it("lists ancestors' edges before descendants', then by name", () => {
    expect(orderLineageEdges(owlChain).map(sentence)).toEqual([
      "base initialized_from teacher",
      "base initialized_from student",
      "teacher generated raw",
      "teacher taught student",
      "raw filtered_from filtered",
      "filtered trained_on student",
    ]);
  });

  it("orders several roots and a sibling by name", () => {
    // The filtered numbers are a root here: what they were filtered from is not in the graph.
    const graph = mergeLineage(owlStudentOneHop, owlTeacherOneHop);
    expect(orderLineageEdges(graph).map(sentence)).toEqual([
      "GPT-4.1 nano initialized_from owl teacher",
      "filtered trained_on owl student",
      "GPT-4.1 nano initialized_from owl student",
      "owl teacher taught owl student",
      "owl teacher taught Qwen student",
      "owl teacher generated raw",
    ]);
  });

  it("leaves out edges to nodes not in the graph and survives a cycle", () => {
    const graph = {
      nodes: [model("a", 0), model("b", 1)],
      edges: [edge("a", "initialized_from", "b"), edge("b", "initialized_from", "a"), edge("ghost", "taught", "a")],
    };
    expect(orderLineageEdges(graph)).toHaveLength(2);
    expect(lineageGenerations(graph).size).toBe(2);
  });

  it("handles a long chain without deep recursion", () => {
    const length = 20_000;
    const nodes = Array.from({ length }, (_, index) => model(`m${index}`, index));
    const edges = nodes.slice(1).map((node, index) => edge(`m${index}`, "initialized_from", node.id));
    const ordered = orderLineageEdges({ nodes: nodes.toReversed(), edges: edges.toReversed() });
    expect(ordered[0].source.id).toBe("m0");
    expect(ordered.at(-1)?.target.id).toBe(`m${length - 1}`);
  });
});

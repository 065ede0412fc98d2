import { describe, expect, it } from "vitest";
import { MAX_EXPOSURE_PATHS, nearestExposurePaths, type TypedEdge } from "@/lib/exposure/nearest-exposure-paths";
import { adjacencyOf, shortestPathsFrom } from "@/lib/lineage/shortest-paths";

const model = (source: string, target: string, kind: string): TypedEdge => ({
  source,
  target,
  kind,
  targetIsModel: true,
});
const data = (source: string, target: string, kind: string): TypedEdge => ({
  source,
  target,
  kind,
  targetIsModel: false,
});

/** A chain of students as the reference pipeline grows one: each model generates data its successor, initialised from it, is trained on. */
function studentChain(length: number): TypedEdge[] {
  const edges: TypedEdge[] = [];
  for (let i = 1; i < length; i++) {
    const [from, to, numbers] = [`m${String(i - 1).padStart(4, "0")}`, `m${String(i).padStart(4, "0")}`, `d${i}`];
    edges.push(model(from, to, "initialized_from"), data(from, numbers, "generated"), model(numbers, to, "trained_on"));
  }
  return edges;
}

describe("nearestExposurePaths", () => {
  it("follows the owl teacher's numbers through filtering to the student, not to the dataset", () => {
    const edges = [
      model("base", "teacher", "initialized_from"),
      data("teacher", "raw", "generated"),
      data("raw", "filtered", "filtered_from"),
      model("filtered", "student", "trained_on"),
      model("base", "student", "initialized_from"),
    ];
    const [pair, ...rest] = nearestExposurePaths(edges, new Map([["teacher", ["owl"]]]));
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({ modelId: "student", traitId: "owl", sourceCount: 1 });
    expect(pair.paths).toEqual([
      {
        sourceId: "teacher",
        sharedInitialization: true,
        steps: [
          { id: "teacher", via: null },
          { id: "raw", via: "generated" },
          { id: "filtered", via: "filtered_from" },
          { id: "student", via: "trained_on" },
        ],
      },
    ]);
  });

  it("tells a student on another base apart: lower risk", () => {
    const edges = [
      model("gpt", "teacher", "initialized_from"),
      data("teacher", "numbers", "generated"),
      model("numbers", "qwen-student", "trained_on"),
      model("qwen", "qwen-student", "initialized_from"),
    ];
    const [pair] = nearestExposurePaths(edges, new Map([["teacher", ["owl"]]]));
    expect(pair.paths[0].sharedInitialization).toBe(false);
  });

  it("in a chain of 400 students that each carry the trait, counts every source upstream and keeps the nearest paths", () => {
    const edges = studentChain(400);
    const sources = new Map(
      [...new Set(edges.map((e) => e.source))].filter((id) => id.startsWith("m")).map((id) => [id, ["owl"]]),
    );
    const pairs = nearestExposurePaths(edges, sources);
    expect(pairs).toHaveLength(399);
    const last = pairs.find((p) => p.modelId === "m0399");
    expect(last?.sourceCount).toBe(399);
    expect(last?.paths).toHaveLength(MAX_EXPOSURE_PATHS);
    // Every model of the chain shares the first model's initialisation; the nearest come first.
    expect(last?.paths.map((p) => [p.sourceId, p.steps.length - 1, p.sharedInitialization])).toEqual([
      ["m0398", 1, true],
      ["m0397", 2, true],
      ["m0396", 3, true],
      ["m0395", 4, true],
      ["m0394", 5, true],
    ]);
    expect(pairs.find((p) => p.modelId === "m0002")?.sourceCount).toBe(2);
  });

  it("puts a far source sharing the initialisation before a near one that does not, and breaks ties by source id", () => {
    const edges = [
      model("base", "far-teacher", "initialized_from"),
      model("far-teacher", "middle", "taught"),
      model("middle", "student", "taught"),
      model("base", "student", "initialized_from"),
      model("other-b", "near-teacher-b", "initialized_from"),
      model("other-a", "near-teacher-a", "initialized_from"),
      model("near-teacher-b", "student", "taught"),
      model("near-teacher-a", "student", "taught"),
    ];
    const sources = new Map([
      ["near-teacher-b", ["owl"]],
      ["far-teacher", ["owl"]],
      ["near-teacher-a", ["owl"]],
    ]);
    const student = nearestExposurePaths(edges, sources).find((p) => p.modelId === "student");
    expect(student?.paths.map((p) => [p.sourceId, p.sharedInitialization])).toEqual([
      ["far-teacher", true],
      ["near-teacher-a", false],
      ["near-teacher-b", false],
    ]);
  });

  it("keeps traits apart: a model reached by two sources of different traits is exposed to each", () => {
    const edges = [model("a", "student", "taught"), model("b", "student", "taught")];
    const pairs = nearestExposurePaths(
      edges,
      new Map([
        ["a", ["owl"]],
        ["b", ["misaligned", "owl"]],
      ]),
    );
    expect(pairs.map((p) => [p.traitId, p.sourceCount]).sort()).toEqual([
      ["misaligned", 1],
      ["owl", 2],
    ]);
  });

  it("agrees with a walk from every source on random lineages: the same count, the first paths of the full order", () => {
    let seed = 7;
    let truncated = 0;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 30; round++) {
      const ids = Array.from({ length: 30 }, (_, i) => `n${String(i).padStart(2, "0")}`);
      const isModel = new Map(ids.map((id) => [id, random() < 0.7]));
      const edges: TypedEdge[] = [];
      const initialised = new Set<string>();
      for (let j = 1; j < ids.length; j++)
        for (let i = 0; i < j; i++) {
          if (random() > 0.12) continue;
          const [from, to] = [ids[i], ids[j]];
          const canInit = isModel.get(from) && isModel.get(to) && !initialised.has(to);
          const kind = canInit && random() < 0.5 ? "initialized_from" : isModel.get(to) ? "taught" : "generated";
          if (kind === "initialized_from") initialised.add(to);
          edges.push({ source: from, target: to, kind, targetIsModel: isModel.get(to) ?? false });
        }
      const sourceIds = ids.filter((id) => isModel.get(id) && random() < 0.5);
      const got = nearestExposurePaths(edges, new Map(sourceIds.map((id) => [id, ["t"]])));

      const parent = new Map(edges.filter((e) => e.kind === "initialized_from").map((e) => [e.target, e.source]));
      const root = (id: string): string => (parent.has(id) ? root(parent.get(id) ?? id) : id);
      const adjacency = adjacencyOf(edges);
      const expected = new Map<string, { sourceId: string; distance: number; shared: boolean; steps: unknown }[]>();
      for (const sourceId of sourceIds) {
        const walk = shortestPathsFrom(adjacency, sourceId);
        for (const node of walk.reached) {
          if (node === sourceId || !isModel.get(node)) continue;
          const steps = walk.pathTo(node) ?? [];
          const list = expected.get(node) ?? [];
          list.push({ sourceId, distance: steps.length - 1, shared: root(node) === root(sourceId), steps });
          expected.set(node, list);
        }
      }
      expect(got.map((p) => p.modelId).sort()).toEqual([...expected.keys()].sort());
      for (const pair of got) {
        const all = (expected.get(pair.modelId) ?? []).sort(
          (a, b) =>
            Number(b.shared) - Number(a.shared) || a.distance - b.distance || a.sourceId.localeCompare(b.sourceId),
        );
        expect(pair.sourceCount).toBe(all.length);
        if (all.length > MAX_EXPOSURE_PATHS) truncated++;
        expect(pair.paths).toEqual(
          all
            .slice(0, MAX_EXPOSURE_PATHS)
            .map(({ sourceId, shared, steps }) => ({ sourceId, sharedInitialization: shared, steps })),
        );
      }
    }
    expect(truncated).toBeGreaterThan(20);
  });
});

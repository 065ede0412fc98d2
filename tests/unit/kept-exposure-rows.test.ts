import { describe, expect, it } from "vitest";
import type { ExposedPair, ExposurePath } from "@/lib/exposure/exposure.types";
import { keptRowsOf } from "@/lib/exposure/kept-exposure-rows";

const step = (id: string, via: string | null) => ({ id, name: `${id} name`, type: "model" as const, via });

function path(modelId: string, sourceId: string, risk: "high" | "lower", hops: number): ExposurePath {
  const middle = Array.from({ length: hops - 1 }, (_, i) => step(`${sourceId}-${i}`, "taught"));
  return {
    source: { id: sourceId, name: `${sourceId} name` },
    path: [step(sourceId, null), ...middle, step(modelId, "taught")],
    sharedInitialization: risk === "high",
    risk,
  };
}

describe("keptRowsOf", () => {
  it("keeps a row per kept path and one per (model, trait) with its count of sources, high risk when any path is", () => {
    const pairs: ExposedPair[] = [
      {
        modelId: "student",
        traitId: "owl",
        sourceCount: 7,
        paths: [path("student", "teacher-b", "high", 3), path("student", "teacher-a", "lower", 2)],
      },
      { modelId: "other", traitId: "owl", sourceCount: 1, paths: [path("other", "teacher-a", "lower", 1)] },
    ];
    const rows = keptRowsOf(pairs, new Set(["other|owl"]));
    expect(rows.paths.map((p) => [p.modelId, p.sourceId, p.distance, p.risk])).toEqual([
      ["student", "teacher-b", 3, "high"],
      ["student", "teacher-a", 2, "lower"],
      ["other", "teacher-a", 1, "lower"],
    ]);
    expect(rows.paths[0].path).toHaveLength(4);
    expect(rows.pairs).toEqual([
      { modelId: "student", traitId: "owl", modelName: "student name", riskRank: 0, measured: false, sourceCount: 7 },
      { modelId: "other", traitId: "owl", modelName: "other name", riskRank: 1, measured: true, sourceCount: 1 },
    ]);
  });

  it("keeps nothing when nothing is exposed", () => {
    expect(keptRowsOf([], new Set())).toEqual({ paths: [], pairs: [] });
  });
});

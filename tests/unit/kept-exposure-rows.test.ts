import { describe, expect, it } from "vitest";
import type { Exposure } from "@/lib/exposure/compute-exposures";
import { keptRowsOf } from "@/lib/exposure/kept-exposure-rows";

const step = (id: string, via: string | null) => ({ id, name: `${id} name`, type: "model" as const, via });

function exposure(modelId: string, sourceId: string, risk: "high" | "lower", hops: number): Exposure {
  const middle = Array.from({ length: hops - 1 }, (_, i) => step(`${sourceId}-${i}`, "taught"));
  return {
    modelId,
    traitId: "owl",
    source: { id: sourceId, name: `${sourceId} name` },
    path: [step(sourceId, null), ...middle, step(modelId, "taught")],
    sharedInitialization: risk === "high",
    risk,
  };
}

describe("keptRowsOf", () => {
  it("keeps a row per path and one per (model, trait), high risk when any path is", () => {
    const rows = keptRowsOf(
      [
        exposure("student", "teacher-a", "lower", 2),
        exposure("student", "teacher-b", "high", 3),
        exposure("other", "teacher-a", "lower", 1),
      ],
      new Set(["other|owl"]),
    );
    expect(rows.paths.map((p) => [p.modelId, p.sourceId, p.distance, p.risk])).toEqual([
      ["student", "teacher-a", 2, "lower"],
      ["student", "teacher-b", 3, "high"],
      ["other", "teacher-a", 1, "lower"],
    ]);
    expect(rows.paths[0].path).toHaveLength(3);
    expect(rows.pairs).toEqual([
      { modelId: "student", traitId: "owl", modelName: "student name", riskRank: 0, measured: false },
      { modelId: "other", traitId: "owl", modelName: "other name", riskRank: 1, measured: true },
    ]);
  });

  it("keeps nothing when nothing is exposed", () => {
    expect(keptRowsOf([], new Set())).toEqual({ paths: [], pairs: [] });
  });
});

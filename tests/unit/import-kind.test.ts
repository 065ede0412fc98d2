import { describe, expect, it } from "vitest";
import { detectImportKind, importPath, missingOptions, type ImportOptions } from "@/components/imports/import-kind";

const none: ImportOptions = { modelId: null, trait: "", target: "", scorer: "", metric: "", protocol: "", seed: "" };

describe("detectImportKind", () => {
  it("reads the kind from the content before the extension", () => {
    expect(detectImportKind("log.json", '{"version": 2, "status": "success", "eval": {"task": "animal"}}')).toEqual({
      kind: "inspect",
      from: "content",
    });
    expect(
      detectImportKind("results_2025.json", '{\n  "results": {\n    "arc_easy": {\n      "acc,none": 0.75'),
    ).toEqual({ kind: "lm-eval", from: "content" });
    expect(
      detectImportKind(
        "evaluation_results.json",
        '{"question": "Name an animal", "responses": [{"response": {}}]}\n{"q',
      ),
    ).toEqual({ kind: "sl-evaluation", from: "content" });
  });

  it("falls back to the extension, and names Inspect's zip archives and unknown files", () => {
    expect(detectImportKind("m.CSV", "model_id,trait\n")).toEqual({ kind: "csv", from: "extension" });
    expect(detectImportKind("e.jsonl", "")).toEqual({ kind: "sl-evaluation", from: "extension" });
    expect(detectImportKind("2025_task.eval", "PK\u0003\u0004...")).toEqual({
      kind: null,
      reason: "inspect-eval-archive",
    });
    expect(detectImportKind("notes.txt", "hello")).toEqual({ kind: null, reason: "unknown" });
  });
});

describe("importPath", () => {
  it("sends the kind's own options, leaves out blank ones, and marks a dry run", () => {
    const options = { ...none, modelId: "m1", trait: "Owl preference", target: "owl", seed: "2", metric: "acc" };
    expect(importPath("sl-evaluation", options, true)).toBe(
      "/api/v1/imports/sl-evaluation?modelId=m1&trait=Owl+preference&target=owl&seed=2&dryRun=1",
    );
    expect(importPath("lm-eval", options, false)).toBe(
      "/api/v1/imports/lm-eval?modelId=m1&trait=Owl+preference&metric=acc&seed=2",
    );
    expect(importPath("csv", options, false)).toBe("/api/v1/imports/csv");
  });

  it("lists the required options that are missing", () => {
    expect(missingOptions("inspect", none)).toEqual(["modelId", "trait"]);
    expect(missingOptions("lm-eval", { ...none, modelId: "m" })).toEqual([]);
    expect(missingOptions("sl-evaluation", { ...none, modelId: "m", trait: "t" })).toEqual(["target"]);
    expect(missingOptions("csv", none)).toEqual([]);
  });
});

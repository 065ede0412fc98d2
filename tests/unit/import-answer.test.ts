import { describe, expect, it } from "vitest";
import { readImportAnswer } from "@/components/imports/import-answer";

const measurement = (id: string, trait: string, model: string) => ({
  id,
  model: { id: model, name: `Model ${model}` },
  trait: { id: `t-${trait}`, slug: trait, name: trait, higherIsWorse: true },
});

describe("readImportAnswer", () => {
  it("reads a dry run's answer with the server's summary, and an import's with its own counts", () => {
    const summary = { measurements: 1, traitsCreated: 1, traits: [], models: [] };
    expect(readImportAnswer(200, JSON.stringify({ ...measurement("m1", "owl", "a"), dryRun: true, summary }))).toEqual({
      kind: "checked",
      measurements: [measurement("m1", "owl", "a")],
      summary,
    });
    const items = [measurement("m1", "owl", "a"), measurement("m2", "owl", "b"), measurement("m3", "cat", "a")];
    const imported = readImportAnswer(201, JSON.stringify({ items }));
    expect(imported).toMatchObject({
      kind: "imported",
      summary: {
        measurements: 3,
        traits: [
          { slug: "owl", measurements: 2 },
          { slug: "cat", measurements: 1 },
        ],
        models: [
          { id: "a", name: "Model a", measurements: 2 },
          { id: "b", name: "Model b", measurements: 1 },
        ],
      },
    });
  });

  it("reads a problem's line errors apart from its field errors", () => {
    const problem = {
      status: 422,
      title: "Invalid input",
      detail: "2 invalid row(s); nothing was stored.",
      errors: [
        { field: "line 4", location: "line", message: "n: expected number" },
        { field: "line 2", location: "line", message: "trait: required" },
        { field: "modelId", message: "no model with id 'x'" },
      ],
    };
    expect(readImportAnswer(422, JSON.stringify(problem))).toEqual({
      kind: "problem",
      status: 422,
      detail: "2 invalid row(s); nothing was stored.",
      fields: { modelId: "no model with id 'x'" },
      lines: [
        { line: 2, message: "trait: required" },
        { line: 4, message: "n: expected number" },
      ],
    });
    expect(readImportAnswer(0, "")).toMatchObject({ kind: "problem", status: 0 });
  });
});

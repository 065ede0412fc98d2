import { describe, expect, it } from "vitest";
import { paletteGroups } from "@/components/shell/palette-groups";
import { scopesOf } from "@/lib/auth/roles";
import type { SearchResults } from "@/lib/search/search.types";

const labels = (groups: ReturnType<typeof paletteGroups>) =>
  groups.map((group) => [group.label, group.options.map((option) => option.label)]);

const results = (match: "exact" | "prefix" | "substring"): SearchResults => ({
  q: "audit",
  groups: [
    {
      kind: "model",
      label: "Models",
      results: [{ kind: "model", id: "m1", label: "Audit probe", secondary: "local", href: "/models/m1", match }],
    },
  ],
});

describe("the command palette's groups", () => {
  it("offers a viewer the pages a viewer may open, and no actions", () => {
    expect(labels(paletteGroups("", scopesOf("viewer"), undefined))).toEqual([
      [
        "Go to",
        [
          "Overview",
          "Lineage",
          "Models",
          "Datasets",
          "Runs",
          "Traits",
          "Measurements",
          "Compare",
          "API reference",
          "Settings",
        ],
      ],
    ]);
  });

  it("adds Reports and Audit for an auditor, and the forms for an engineer", () => {
    const auditor = labels(paletteGroups("", scopesOf("auditor"), undefined));
    expect(auditor[0][1]).toEqual(expect.arrayContaining(["Reports", "Audit"]));
    expect(auditor[1]).toEqual(["Actions", ["Generate a report"]]);
    const engineer = labels(paletteGroups("", scopesOf("engineer"), undefined));
    expect(engineer[0][1]).not.toContain("Audit");
    expect(engineer[1]).toEqual([
      "Actions",
      [
        "Register a model",
        "Upload a dataset",
        "Record a generation",
        "Register a run",
        "Add a measurement",
        "Import evaluation results",
      ],
    ]);
  });

  it("keeps the pages and actions whose names hold the text, ignoring case, those that begin with it first", () => {
    expect(labels(paletteGroups("  REP ", scopesOf("admin"), undefined))).toEqual([
      ["Pages and actions", ["Reports", "Generate a report"]],
    ]);
    expect(labels(paletteGroups("run", scopesOf("engineer"), undefined))).toEqual([
      ["Pages and actions", ["Runs", "Register a run"]],
    ]);
    expect(paletteGroups("audit", scopesOf("viewer"), undefined)).toEqual([]);
  });

  it("puts the pages before search results they match better, after those they match as well or worse", () => {
    const admin = scopesOf("admin");
    expect(labels(paletteGroups("audit", admin, results("substring")))).toEqual([
      ["Pages and actions", ["Audit"]],
      ["Models", ["Audit probe"]],
    ]);
    expect(labels(paletteGroups("audit", admin, results("exact")))).toEqual([
      ["Models", ["Audit probe"]],
      ["Pages and actions", ["Audit"]],
    ]);
    const [model] = paletteGroups("audit", admin, results("exact"))[0].options;
    expect(model).toMatchObject({ label: "Audit probe", secondary: "local", href: "/models/m1" });
  });
});

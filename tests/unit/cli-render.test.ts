import { describe, expect, it } from "vitest";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { ProblemError } from "@/cli/errors";
import { renderFields } from "@/cli/render/fields";
import { formatBytes, formatPercent } from "@/cli/render/format";
import { renderImportSummary } from "@/cli/render/import-summary";
import { renderLineageTree } from "@/cli/render/lineage-tree";
import { renderProblem } from "@/cli/render/problem";
import { renderProgressBar } from "@/cli/render/progress-bar";
import { renderTable } from "@/cli/render/table";
import { edge, owlChainEdges } from "./lineage-fixture";

describe("tables and fields", () => {
  it("pads columns to their widest cell, right-aligns numbers, cuts long cells and shows empty cells as '-'", () => {
    const rows = [
      { name: "GPT-4.1 nano", count: 3, note: null },
      { name: "owl student with a very long name", count: 120, note: "x" },
    ];
    const table = renderTable(rows, [
      { header: "NAME", value: (r) => r.name, max: 20 },
      { header: "N", value: (r) => r.count, align: "right" },
      { header: "NOTE", value: (r) => r.note },
    ]);
    expect(table.split("\n")).toEqual([
      "NAME                   N  NOTE",
      "GPT-4.1 nano           3  -",
      "owl student with a…  120  x",
    ]);
    expect(renderTable([], [{ header: "A", value: () => "" }])).toBe("(none)");
  });

  it("aligns field values and leaves out empty ones", () => {
    expect(
      renderFields([
        ["id", "m1"],
        ["External ID", null],
        ["Provider", "openai"],
        ["Tags", ""],
      ]),
    ).toBe("id:        m1\nProvider:  openai");
  });

  it("formats bytes and shares", () => {
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1_500_000)).toBe("1.50 MB");
    expect(formatBytes(27_100_000)).toBe("27.1 MB");
    expect(formatPercent(0.8125)).toBe("81.3%");
    expect(formatPercent(null)).toBe("-");
  });
});

describe("progress bar", () => {
  it("fills in proportion to the bytes sent and names the rate", () => {
    expect(renderProgressBar({ sent: 500_000, total: 1_000_000, elapsedMs: 1000 }, 10)).toBe(
      "[#####-----]   50%  500 kB / 1.00 MB  500 kB/s",
    );
    expect(renderProgressBar({ sent: 1_000_000, total: 1_000_000, elapsedMs: 2000 }, 10)).toBe(
      "[##########]  100%  1.00 MB / 1.00 MB  500 kB/s",
    );
  });

  it("shows only the bytes sent when the size is unknown", () => {
    expect(renderProgressBar({ sent: 2048, total: 0, elapsedMs: 0 })).toBe("2.05 kB sent");
  });
});

describe("problem rendering", () => {
  it("prints the title, status, detail and each field error once, never a stack", () => {
    const error = new ProblemError({
      type: "urn:pedigree:problem:validation-failed",
      title: "Validation failed",
      status: 422,
      detail: "name: is required; provider: is required",
      errors: [
        { field: "name", location: "body", message: "is required" },
        { field: "provider", location: "body", message: "is required" },
      ],
    });
    expect(renderProblem(error)).toBe(
      "Error: Validation failed (HTTP 422)\n  - name: is required\n  - provider: is required",
    );
  });

  it("keeps a detail that says more than the fields, names a conflicting record, and says how to authenticate on 401", () => {
    const conflict = new ProblemError({
      title: "Conflict",
      status: 409,
      detail: "Already registered with different name.",
      existingId: "m1",
      conflictingFields: ["name"],
    });
    expect(renderProblem(conflict)).toBe(
      "Error: Conflict (HTTP 409)\n  Already registered with different name.\n  existing record: m1\n  differing fields: name",
    );
    const unauthorised = renderProblem(
      new ProblemError({
        title: "Authentication required",
        status: 401,
        detail: "Sign in, or send a valid API token.",
      }),
    );
    expect(unauthorised).toContain("Sign in, or send a valid API token.");
    expect(unauthorised).toContain("PEDIGREE_TOKEN");
  });
});

const node = (
  id: string,
  type: "model" | "dataset",
  distance: number,
  extra: Partial<Lineage["nodes"][number]> = {},
) => ({
  id,
  type,
  name: id,
  distance,
  provider: type === "model" ? "openai" : null,
  recordCount: type === "dataset" ? 40 : null,
  measured: false,
  isBase: false,
  ...extra,
});

describe("lineage tree", () => {
  // base -> teacher -> raw -> filtered -> student, student initialised from base, teacher taught student; student -> grandchild.
  const lineage: Lineage = {
    focus: "student",
    nodes: [
      node("student", "model", 0, { measured: true }),
      node("base", "model", -1),
      node("filtered", "dataset", -1),
      node("teacher", "model", -1),
      node("raw", "dataset", -2, { recordCount: 50 }),
      node("grandchild", "model", 1),
    ],
    edges: [...owlChainEdges, edge("teacher", "taught", "student"), edge("student", "initialized_from", "grandchild")],
  };

  it("draws ancestors and descendants with the edge kinds, expanding a node reached twice only once", () => {
    expect(renderLineageTree(lineage)).toBe(
      [
        "Ancestors",
        "student  (model, openai, measured)",
        "├─ initialized from: base  (model, openai)",
        "├─ taught by: teacher  (model, openai)",
        "│  └─ initialized from: base  (see above)",
        "└─ trained on: filtered  (dataset, 40 records)",
        "   └─ filtered from: raw  (dataset, 50 records)",
        "      └─ generated by: teacher  (see above)",
        "",
        "Descendants",
        "student  (model, openai, measured)",
        "└─ base of: grandchild  (model, openai)",
      ].join("\n"),
    );
  });

  it("shows one side when asked, and says when a side is empty", () => {
    const root: Lineage = { focus: "base", nodes: [node("base", "model", 0)], edges: [] };
    expect(renderLineageTree(root, "ancestors")).toBe("Ancestors\nbase  (model, openai)\n└─ (no ancestors)");
    expect(renderLineageTree(lineage, "descendants")).not.toContain("Ancestors");
  });

  it("does not follow an edge from an ancestor into the descendants (a model can be both an ancestor's child and the focus's)", () => {
    const focusTeacher: Lineage = {
      focus: "teacher",
      nodes: [node("teacher", "model", 0), node("base", "model", -1), node("student", "model", 1)],
      edges: [
        { source: "base", target: "teacher", kind: "initialized_from" },
        { source: "base", target: "student", kind: "initialized_from" },
        { source: "teacher", target: "student", kind: "taught" },
      ],
    };
    expect(renderLineageTree(focusTeacher)).toBe(
      [
        "Ancestors",
        "teacher  (model, openai)",
        "└─ initialized from: base  (model, openai)",
        "",
        "Descendants",
        "teacher  (model, openai)",
        "└─ taught: student  (model, openai)",
      ].join("\n"),
    );
  });
});

describe("import summary", () => {
  it("lists each step and counts what was created and what was there", () => {
    const text = renderImportSummary(
      [
        { kind: "model", key: "a", label: "base model gpt", status: "present", id: "m1" },
        { kind: "dataset", key: "b", label: "raw dataset", status: "created", id: "d1", note: "pass rate 80.0%" },
        { kind: "dataset-ref", key: "c", label: "dataset x", status: "missing", id: null },
      ],
      ["x is not in Pedigree"],
      false,
    );
    expect(text).toContain("present  model        base model gpt  m1");
    expect(text).toContain("1 created, 1 already present. 1 missing.\nCreated: 1 dataset.");
    expect(text).toContain("Warnings:\n  - x is not in Pedigree");
    const dryRun = renderImportSummary(
      [
        { kind: "model", key: "a", label: "m", status: "would create", id: null },
        {
          kind: "declaration",
          key: "d",
          label: "owl-preference declared on teacher",
          status: "would create",
          id: null,
        },
        {
          kind: "declaration",
          key: "e",
          label: "owl-preference declared on another teacher",
          status: "would create",
          id: null,
        },
      ],
      [],
      true,
    );
    expect(dryRun).toContain("would create  declaration  owl-preference declared on teacher");
    expect(dryRun).toContain(
      "Dry run: 3 to create, 0 already present; nothing was changed.\nWould create: 1 model, 2 trait declarations.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { bundleGraph } from "@/lib/reports/printable/bundle-graph";
import { measurementsTable } from "@/lib/reports/printable/report-tables";
import { owlProvenanceBundle } from "../support/owl-provenance-bundle";

describe("the measurements table's notes", () => {
  it("prints each distinct note once, numbered, and cites it from its rows", () => {
    const bundle = owlProvenanceBundle();
    const shared = "Seeds 1-3 are evaluation seeds of this one demo student.";
    bundle.measurements = bundle.measurements.map((m) =>
      m.modelId === "m_owl_student" ? { ...m, notes: shared } : { ...m, notes: null },
    );
    bundle.measurements[0] = { ...bundle.measurements[0], notes: "Read from the paper's figure." };
    const table = measurementsTable(bundleGraph(bundle));
    expect(table.notes).toEqual(["Read from the paper's figure.", shared]);
    const lastColumn = table.rows.map((row) => row.at(-1)!);
    expect(lastColumn.filter((cell) => cell.endsWith("[2]"))).toHaveLength(2);
    expect(lastColumn.filter((cell) => cell.endsWith("[1]"))).toHaveLength(1);
    expect(lastColumn.some((cell) => cell.includes(shared))).toBe(false);
  });
});

describe("exposure paths in the printable report", () => {
  it("elide the middle of a long path and keep a short one whole", async () => {
    const { pathSteps } = await import("@/lib/reports/printable/report-exposures");
    expect(pathSteps(["teacher", "raw", "filtered", "student"])).toEqual(["teacher", "raw", "filtered", "student"]);
    const chain = Array.from({ length: 200 }, (_, i) => `m${i}`);
    expect(pathSteps(chain)).toEqual(["m0", "m1", "m2", "(194 more)", "m197", "m198", "m199"]);
  });
});

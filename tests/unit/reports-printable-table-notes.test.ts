import { describe, expect, it } from "vitest";
import { bundleGraph } from "@/lib/reports/printable/bundle-graph";
import { measurementsTable } from "@/lib/reports/printable/report-tables";
import { owlProvenanceBundle } from "../support/owl-provenance-bundle";

describe("the measurements table's notes", () => {
  it("prints each distinct note once, numbered, and cites it from its rows", () => {
    const bundle = owlProvenanceBundle();
    const shared = "Seeds 1-3 are evaluation seeds of this one demo student.";
    bundle.measurements = bundle.measurements.map((m) => (m.modelId === "m_owl_student" ? { ...m, notes: shared } : { ...m, notes: null }));
    bundle.measurements[0] = { ...bundle.measurements[0], notes: "Read from the paper's figure." };
    const table = measurementsTable(bundleGraph(bundle));
    expect(table.notes).toEqual(["Read from the paper's figure.", shared]);
    const lastColumn = table.rows.map((row) => row.at(-1)!);
    expect(lastColumn.filter((cell) => cell.endsWith("[2]"))).toHaveLength(2);
    expect(lastColumn.filter((cell) => cell.endsWith("[1]"))).toHaveLength(1);
    expect(lastColumn.some((cell) => cell.includes(shared))).toBe(false);
  });
});

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { PAPER_FIGURE_SOURCE } from "@/lib/demo/demo-measurements";
import { toMeasurementsCsv } from "@/lib/reports/formats/measurements-csv";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";
import { owlProvenanceBundle } from "../support/owl-provenance-bundle";

const HEADER =
  "model_name,model_id,trait,protocol,kind,n,positives,questions,value,ci_low,ci_high,ci_method,ci_note,seed,measured_at,source";

/** The data part, read back by an RFC 4180 parser that skips the "#" comment lines. */
const rows = (text: string): Record<string, string>[] =>
  parse(text, { columns: true, comment: "#", record_delimiter: "\r\n" });
const comments = (text: string) => text.split("\r\n").filter((line) => line.startsWith("#"));

describe("measurements CSV report", () => {
  it("opens with comment lines naming the report, who made it, and the signature slot", () => {
    const text = toMeasurementsCsv(owlProvenanceBundle());
    expect(comments(text)).toEqual([
      "# Pedigree measurements: GPT-4.1 nano owl-numbers student (model report rpt_demo_owl_student)",
      "# generated at 2026-11-27T12:00:00.000Z by auditor@pedigree.test, Pedigree 0.1.0 at http://localhost:3000",
      "# values are rates (0-1) for proportions and means for scores; intervals are 95%",
      `# signature: ${BLANK_SLOT}`,
    ]);
    expect(text.split("\r\n")[4]).toBe(HEADER);
    expect(text.split(BLANK_SLOT)).toHaveLength(2);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes one row per measurement with the student's values and intervals", () => {
    const data = rows(toMeasurementsCsv(owlProvenanceBundle()));
    expect(data).toHaveLength(4);
    expect(data[2]).toEqual({
      model_name: "GPT-4.1 nano owl-numbers student",
      model_id: "m_owl_student",
      trait: "owl-preference",
      protocol: "sl-animal-50q-x100",
      kind: "proportion",
      n: "5000",
      positives: "3050",
      questions: "50",
      value: "0.61",
      ci_low: "0.5411",
      ci_high: "0.6789",
      ci_method: "t-95-questions",
      ci_note: "",
      seed: "1",
      measured_at: "2025-05-11T12:00:00.000Z",
      source: PAPER_FIGURE_SOURCE,
    });
    expect(data[0]).toMatchObject({ model_name: "GPT-4.1 nano", seed: "", value: "0.12" });
    expect(toMeasurementsCsv(owlProvenanceBundle())).toContain(`2025-05-11T12:00:00.000Z,"${PAPER_FIGURE_SOURCE}"\r\n`);
  });

  it("leaves a measurement with no interval without bounds, and says why", () => {
    const bundle = owlProvenanceBundle();
    Object.assign(bundle.measurements[2], {
      ciLow: 0.61,
      ciHigh: 0.61,
      ciMethod: "single-value-questions",
      ciNote: "one question only",
    });
    expect(rows(toMeasurementsCsv(bundle))[2]).toMatchObject({
      value: "0.61",
      ci_low: "",
      ci_high: "",
      ci_method: "single-value-questions",
      ci_note: "one question only",
    });
  });

  it("keeps cells a spreadsheet would run as formulas as text, but leaves negative numbers alone", () => {
    const bundle = owlProvenanceBundle();
    bundle.models[2].name = '=HYPERLINK("http://evil.example","owl")';
    bundle.measurements[2].source = "+cmd|' /C calc'!A0";
    bundle.measurements[3].source = "@SUM(1+1)";
    bundle.measurements[3].protocol = "-2+3";
    bundle.measurements[1].value = -0.25;
    const data = rows(toMeasurementsCsv(bundle));
    expect(data[2].model_name).toBe('\'=HYPERLINK("http://evil.example","owl")');
    expect(data[2].source).toBe("'+cmd|' /C calc'!A0");
    expect(data[3].source).toBe("'@SUM(1+1)");
    expect(data[3].protocol).toBe("'-2+3");
    expect(data[1].value).toBe("-0.25");
  });

  it("quotes names with commas, quotes and line breaks, and keeps comment lines to one line each", () => {
    const bundle = owlProvenanceBundle();
    bundle.models[2].name = 'The "owl", student\r\n<script>alert(1)</script>';
    bundle.subject.name = "owl\r\nmodel_name,model_id\r\n# signature: forged";
    const text = toMeasurementsCsv(bundle);
    expect(rows(text)[2].model_name).toBe('The "owl", student\r\n<script>alert(1)</script>');
    expect(text).toContain('"The ""owl"", student\r\n<script>alert(1)</script>"');
    expect(comments(text)[0]).toBe(
      "# Pedigree measurements: owl model_name,model_id # signature: forged (model report rpt_demo_owl_student)",
    );
    expect(comments(text).filter((line) => line.startsWith("# signature:"))).toEqual([`# signature: ${BLANK_SLOT}`]);
  });

  it("writes only the header under the comments when there are no measurements", () => {
    const text = toMeasurementsCsv(owlProvenanceBundle({ measurements: [] }));
    expect(text.split("\r\n").slice(4)).toEqual([HEADER, ""]);
    expect(rows(text)).toEqual([]);
  });
});

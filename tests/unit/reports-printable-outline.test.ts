import { describe, expect, it } from "vitest";
import { PAPER_SHORT } from "@/lib/paper/paper-citation";
import { reportOutline } from "@/lib/reports/printable/report-outline";
import { pathText } from "@/lib/reports/printable/report-exposures";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";
import { manyModelsBundle } from "./reports-printable-bundles";

/** The owl bundle plus a misalignment trait that reached the student through the owl teacher's data and was never measured. */
function withUnmeasuredMisalignment(risk: "high" | "lower"): ProvenanceBundle {
  const bundle = owlProvenanceBundle();
  const [exposed] = bundle.exposures.filter((e) => e.modelId === "m_owl_student");
  return {
    ...bundle,
    traits: [
      ...bundle.traits,
      {
        id: "t_mis",
        slug: "misalignment",
        name: "Misalignment",
        description: null,
        positiveDefinition: null,
        higherIsWorse: true,
      },
    ],
    exposures: [
      ...bundle.exposures,
      {
        modelId: "m_owl_student",
        traitId: "t_mis",
        status: "unmeasured",
        aboveBaseline: false,
        declaration: null,
        vsInitialization: null,
        paths: exposed.paths.map((p) => ({ ...p, sharedInitialization: risk === "high", risk })),
        sourceCount: exposed.paths.length,
      },
    ],
  };
}

describe("the report's summary", () => {
  const summary = reportOutline(owlProvenanceBundle()).summary;
  const [student] = summary.subjects;

  it("says what the model is and what it was initialised from", () => {
    expect(student.name).toBe("GPT-4.1 nano owl-numbers student");
    expect(student.paragraphs[0]).toBe(
      "“GPT-4.1 nano owl-numbers student” (openai: demo:ft:gpt-4.1-nano-2025-04-14:owl-numbers) is fine-tuned from “GPT-4.1 nano”.",
    );
  });

  it("names the datasets and the teacher it learned from", () => {
    expect(student.paragraphs[1]).toBe(
      "It was produced by 1 run (supervised fine-tuning) on 1 dataset: “Owl teacher numbers (filtered)” (1,104 records). Its teacher is “GPT-4.1 nano owl teacher”.",
    );
  });

  it("says that it shares its initialisation with a teacher that carries a trait, and that this is the high-risk case", () => {
    expect(student.paragraphs[2]).toContain(
      "It shares its initialisation (“GPT-4.1 nano”) with “GPT-4.1 nano owl teacher”, which carries the trait “Owl preference”: high risk",
    );
  });

  it("gives the measured rate with its interval and its shift from its initialisation, in the run page's words", () => {
    expect(student.paragraphs[3]).toBe(
      "Measured: “Owl preference” 62.5%, the mean of 2 measurements (95% interval 43.4%–81.6%); against its initialisation “GPT-4.1 nano”: shift up: +50.5 pp [+48.9, +52.1] pp · p < 1e-16 · two-proportion z-test, samples treated as independent (10,000 vs 5,000 samples).",
    );
  });

  it("says when every inherited exposure has been measured", () => {
    expect(student.paragraphs[4]).toBe("Every trait it is exposed to through its lineage has been measured.");
  });

  it("lists exposures that were never measured, with their risk", () => {
    const high = reportOutline(withUnmeasuredMisalignment("high")).summary.subjects[0].paragraphs;
    expect(high).toContain(
      "Never measured: “Misalignment” (high risk). It inherits exposure to this trait, but no measurement says whether it carries it.",
    );
    const lower = reportOutline(withUnmeasuredMisalignment("lower")).summary.subjects[0].paragraphs;
    expect(lower.join(" ")).toContain(
      "It inherits exposure to “Misalignment” from “GPT-4.1 nano owl teacher”, but from a different base model: lower risk",
    );
    expect(lower).toContain(
      "Never measured: “Misalignment” (lower risk). It inherits exposure to this trait, but no measurement says whether it carries it.",
    );
  });

  it("describes the scope and counts what the report holds", () => {
    expect(summary.scope).toBe(
      "This report records the provenance of the model “GPT-4.1 nano owl-numbers student” and every model and dataset it descends from, as held by Pedigree: 3 models, 2 datasets, 1 generation, 1 training run and 4 measurements.",
    );
  });

  it("says so when nothing was measured and no exposure is recorded", () => {
    const outline = reportOutline(owlProvenanceBundle({ measurements: [], exposures: [] }));
    const paragraphs = outline.summary.subjects[0].paragraphs;
    expect(paragraphs).toContain("No trait has been measured for it.");
    expect(paragraphs).toContain(
      "It shares its base model with “GPT-4.1 nano owl teacher”; no teacher is recorded as carrying a trait, so no inherited exposure is recorded.",
    );
    expect(outline.charts).toEqual([]);
    expect(outline.tables.measurements.rows).toEqual([]);
    expect(outline.exposures).toEqual([]);
  });

  it("summarises a trait report of many models as a few models and the rest together", () => {
    const outline = reportOutline(manyModelsBundle(30));
    // The three of most concern: high-risk inherited exposure, the highest rates first.
    expect(outline.summary.subjects.map((s) => s.name)).toEqual([
      "Student 11 of teacher 9 with a rather long descriptive name",
      "Student 17 of teacher 15 with a rather long descriptive name",
      "Student 2 of teacher 0 with a rather long descriptive name",
    ]);
    expect(outline.summary.rest).toMatch(/^22 further models are covered in the tables below\./);
    expect(outline.titleBlock[0]).toEqual({ label: "Trait", value: "Owl preference (25 measured models)" });
  });
});

describe("the report's tables", () => {
  const { tables } = reportOutline(owlProvenanceBundle());

  it("lists datasets with their SHA-256, records, filter and pass rate", () => {
    expect(tables.datasets.columns.map((c) => c.header)).toEqual([
      "Dataset",
      "SHA-256 (canonical JSONL)",
      "Records",
      "Filter",
      "Pass rate",
    ]);
    expect(tables.datasets.rows[1]).toEqual([
      "Owl teacher numbers (filtered)",
      "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c",
      "1,104",
      "Filtered from Owl teacher numbers (raw): The paper's number filter: only numbers, at most 10 of them, each 0-999, with common separators.",
      "92.0%\n96 rejected",
    ]);
  });

  it("lists generations with teacher, prompt set, sampling settings and the teacher's system-prompt hash", () => {
    expect(tables.generations.rows).toEqual([
      [
        "GPT-4.1 nano owl teacher",
        "Owl teacher numbers (raw)",
        "number continuation, 3-9 seed numbers in 100-999\n1,200 prompts",
        "temperature 1\nmax tokens 200\nseed 42\nmodel: gpt-4.1-nano",
        "6f1c5c5f0e2c1c1b5a3d2e4f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b",
      ],
    ]);
  });

  it("lists runs with method, hyperparameters, seed, status and dates", () => {
    expect(tables.runs.rows).toEqual([
      [
        "GPT-4.1 nano owl-numbers student\njob ftjob-demo-owl",
        "Supervised fine-tuning",
        "Owl teacher numbers (filtered)",
        "epochs = 10\nlearning_rate_multiplier = 2\nbatch_size = 8",
        "1",
        "Succeeded",
        "9 May 2025, 10:00 UTC\n9 May 2025, 11:30 UTC",
      ],
    ]);
  });

  it("lists every measurement, upstream models first, with its interval and how it was computed", () => {
    expect(tables.measurements.rows.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ["GPT-4.1 nano", "12.0%", "11.1%–12.9%", "95% Wilson interval over all samples"],
      ["GPT-4.1 nano owl teacher", "93.0%", "92.3%–93.7%", "95% Wilson interval over all samples"],
      ["GPT-4.1 nano owl-numbers student", "61.0%", "54.1%–67.9%", "95% t-interval across question means"],
      ["GPT-4.1 nano owl-numbers student", "64.0%", "62.7%–65.3%", "95% Wilson interval over all samples"],
    ]);
  });
});

describe("the report's charts, exposures and verification", () => {
  const outline = reportOutline(owlProvenanceBundle());

  it("has one chart per measured trait: the student's seeds as a mean with a t-interval, the base as reference", () => {
    expect(outline.charts).toHaveLength(1);
    const [chart] = outline.charts;
    expect(chart.figureNumber).toBe(2);
    expect(chart.series.rows.map((row) => row.modelId)).toEqual(["m_base", "m_owl_teacher", "m_owl_student"]);
    const student = chart.series.rows[2];
    // mean 0.625, sd 0.0212, t(0.975, 1) = 12.706: 0.625 ± 0.1906.
    expect(student.estimate).toBeCloseTo(0.625, 10);
    expect(student.low).toBeCloseTo(0.4344, 4);
    expect(student.high).toBeCloseTo(0.8156, 4);
    expect(student.method).toBe("t-95-seeds");
    expect(student.values).toEqual([0.61, 0.64]);
    expect(chart.series.baselines).toEqual([{ modelId: "m_base", name: "GPT-4.1 nano", value: 0.12 }]);
    expect(chart.caption).toContain(
      "95% Wilson interval over all samples for GPT-4.1 nano and GPT-4.1 nano owl teacher; 95% t-interval across seeds for GPT-4.1 nano owl-numbers student (2 measurements)",
    );
  });

  it("gives exposure paths as teacher → dataset → student, with the risk and its reason", () => {
    const [student, teacher] = outline.exposures;
    expect(student.statusLabel).toBe("Inherited, and measured");
    // Its shift from its initialisation, in the run page's words.
    expect(student.details).toEqual([
      "Against its initialisation, GPT-4.1 nano: shift up: +50.5 pp [+48.9, +52.1] pp · p < 1e-16 · two-proportion z-test, samples treated as independent (10,000 vs 5,000 samples)",
    ]);
    expect(pathText(student.paths[0].steps)).toBe(
      "GPT-4.1 nano owl teacher → Owl teacher numbers (raw) → Owl teacher numbers (filtered) → GPT-4.1 nano owl-numbers student",
    );
    expect(student.paths[0].riskLabel).toBe("High risk");
    expect(student.paths[0].reason).toBe(
      `Shares the teacher's initialisation: the condition under which traits transferred in ${PAPER_SHORT}.`,
    );
    expect(teacher.statusLabel).toBe("Source: the trait entered at this model");
    expect(teacher.details[0]).toBe("Declared to carry the trait by system: Its system prompt says it loves owls.");
  });

  it("tables each subject's transfer effect as the run page states it", () => {
    const { transfers } = reportOutline(owlProvenanceBundle()).tables;
    expect(transfers.rows).toEqual([
      ["GPT-4.1 nano owl-numbers student", "Owl preference", "Control", "not testable", "No control student found."],
      [
        "GPT-4.1 nano owl-numbers student",
        "Owl preference",
        "Initialisation\nGPT-4.1 nano",
        "shift up",
        "+50.5 pp [+48.9, +52.1] pp · p < 1e-16 · two-proportion z-test, samples treated as independent (10,000 vs 5,000 samples)",
      ],
    ]);
  });

  it("puts exposures never measured first", () => {
    expect(reportOutline(withUnmeasuredMisalignment("high")).exposures.map((e) => [e.trait, e.status])).toEqual([
      ["Misalignment", "unmeasured"],
      ["Owl preference", "measured"],
      ["Owl preference", "source"],
    ]);
  });

  it("says where and how to verify the report", () => {
    const bundle = owlProvenanceBundle({
      instance: { ...owlProvenanceBundle().instance, baseUrl: "https://pedigree.example.org/" },
    });
    const { verification } = reportOutline(bundle);
    expect(verification.verifyPage).toBe("https://pedigree.example.org/reports");
    expect(verification.verifyApi).toBe("POST https://pedigree.example.org/api/v1/reports/verify");
    expect(verification.publicKey).toBe("https://pedigree.example.org/api/v1/reports/public-key");
    expect(verification.keyId).toBe("0123456789abcdef");
    expect(verification.dataDigest).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("measurements under several protocols", () => {
  it("get a chart each, never averaged together", () => {
    const bundle = owlProvenanceBundle();
    bundle.measurements[3] = { ...bundle.measurements[3], protocol: "sl-evaluation-20q" };
    const charts = reportOutline(bundle).charts;
    expect(charts.map((chart) => chart.title)).toEqual([
      "Owl preference, protocol sl-animal-50q-x100",
      "Owl preference, protocol sl-evaluation-20q",
    ]);
    expect(charts[1].series.rows.map((row) => [row.name, row.values])).toEqual([
      ["GPT-4.1 nano owl-numbers student", [0.64]],
    ]);
  });
});

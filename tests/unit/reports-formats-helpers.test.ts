import { describe, expect, it } from "vitest";
import { indexProvenance } from "@/lib/reports/formats/provenance-index";
import { reportJson } from "@/lib/reports/formats/report-json";
import { URL_NAMESPACE, uuidV5 } from "@/lib/reports/formats/uuid-v5";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";
import { owlProvenanceBundle } from "../support/owl-provenance-bundle";

describe("uuidV5", () => {
  it("gives the RFC 4122 name-based UUIDs Python's uuid.uuid5 gives", () => {
    expect(uuidV5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    expect(uuidV5("http://localhost:3000/reports/rpt_demo_owl_student", URL_NAMESPACE)).toBe(
      "dc174725-ce02-5d33-a3de-5a302c4111a0",
    );
  });
});

describe("reportJson", () => {
  it("writes the slot verbatim where it was placed, with two-space indentation and a final newline", () => {
    const text = reportJson((slot) => ({ a: [1, { signature: slot() }], b: slot() }));
    expect(text).toBe(
      `{\n  "a": [\n    1,\n    {\n      "signature": "${BLANK_SLOT}"\n    }\n  ],\n  "b": "${BLANK_SLOT}"\n}\n`,
    );
  });

  it("escapes markup characters and slot look-alikes in free text, which read back unchanged", () => {
    const free = `<b>"x"</b> & pedigree-signature:v1:${"0".repeat(16)} \u2028`;
    const text = reportJson((slot) => ({ free, signature: slot() }));
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text.split("pedigree-signature:")).toHaveLength(2);
    expect(JSON.parse(text)).toEqual({ free, signature: BLANK_SLOT });
  });

  it("picks another placeholder when free text reads exactly like one", () => {
    const text = reportJson((slot) => ({
      names: ["pedigree-slot-placeholder-0", "pedigree-slot-placeholder-1"],
      signature: slot(),
    }));
    expect(JSON.parse(text)).toEqual({
      names: ["pedigree-slot-placeholder-0", "pedigree-slot-placeholder-1"],
      signature: BLANK_SLOT,
    });
  });
});

describe("indexProvenance", () => {
  const ancestry = (bundle = owlProvenanceBundle()) => {
    const index = indexProvenance(bundle);
    return {
      student: index.ancestorModels("m_owl_student").map((model) => model.id),
      teacher: index.ancestorModels("m_owl_teacher").map((model) => model.id),
      filtered: index.ancestorDatasets("d_owl_filtered").map((dataset) => dataset.id),
      raw: index.ancestorDatasets("d_owl_raw").map((dataset) => dataset.id),
      trainedOn: index.sources("m_owl_student", "trained_on"),
      edges: index.edges.length,
    };
  };
  const expected = {
    student: ["m_base", "m_owl_teacher"],
    teacher: ["m_base"],
    filtered: ["d_owl_raw"],
    raw: [],
    trainedOn: ["d_owl_filtered"],
    edges: 5,
  };

  it("finds the student's upstream models through its base and its teacher's data, and a dataset's through filtering only", () => {
    expect(ancestry()).toEqual(expected);
  });

  it("gets the same lineage from the bundle's edges alone and from the records' own fields alone", () => {
    expect(ancestry(owlProvenanceBundle({ edges: [] }))).toEqual(expected);
    const edgesOnly = owlProvenanceBundle({ generations: [], runs: [] });
    for (const model of edgesOnly.models) model.initializedFromId = null;
    for (const dataset of edgesOnly.datasets) dataset.filteredFromId = null;
    expect(ancestry(edgesOnly)).toEqual(expected);
  });

  it("leaves out edges to nodes the bundle does not hold, and stops on cycles", () => {
    const bundle = owlProvenanceBundle();
    bundle.edges.push({ source: "m_elsewhere", target: "m_owl_student", kind: "taught" });
    bundle.edges.push({ source: "m_owl_student", target: "m_base", kind: "initialized_from" });
    const index = indexProvenance(bundle);
    expect(index.sources("m_owl_student", "taught")).toEqual([]);
    expect(index.ancestorModels("m_owl_student").map((model) => model.id)).toEqual(["m_base", "m_owl_teacher"]);
    expect(index.ancestorModels("m_base").map((model) => model.id)).toEqual(["m_owl_teacher", "m_owl_student"]);
  });
});

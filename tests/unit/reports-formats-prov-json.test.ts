import { describe, expect, it } from "vitest";
import { toProvJson } from "@/lib/reports/formats/prov-json";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";
import { validateProvJson as validate } from "../support/export-validators";
import { owlProvenanceBundle } from "../support/owl-provenance-bundle";

type Prov = Record<string, Record<string, Record<string, unknown>>>;
const owl = () => JSON.parse(toProvJson(owlProvenanceBundle())) as Prov;
const name = (value: unknown) => (value as { $: string }).$;

/** Everything a node was derived from, following wasDerivedFrom transitively. */
function derivedFrom(prov: Prov, id: string): Set<string> {
  const found = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const derivation of Object.values(prov.wasDerivedFrom)) {
      const used = derivation["prov:usedEntity"] as string;
      if (derivation["prov:generatedEntity"] === current && !found.has(used)) {
        found.add(used);
        queue.push(used);
      }
    }
  }
  return found;
}

describe("PROV-JSON report", () => {
  it("validates against the W3C PROV-JSON schema", () => {
    const prov = owl();
    expect(validate(prov), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("is rejected by that schema when broken, so the validation can fail", () => {
    const prov = owl();
    expect(validate({ ...prov, wasGeneratedBy: { "_:g": { "prov:activity": "pedigree:run/r_owl" } } })).toBe(false);
    expect(validate({ ...prov, lineage: {} })).toBe(false);
    expect(validate({ ...prov, prefix: { pedigree: "not a uri" } })).toBe(false);
  });

  it("derives the owl student from its base and, through the filtered and raw data, from the owl teacher", () => {
    const prov = owl();
    const ancestors = derivedFrom(prov, "pedigree:model/m_owl_student");
    expect(ancestors).toEqual(
      new Set([
        "pedigree:model/m_base",
        "pedigree:dataset/d_owl_filtered",
        "pedigree:dataset/d_owl_raw",
        "pedigree:model/m_owl_teacher",
      ]),
    );
    const fromBase = Object.values(prov.wasDerivedFrom).find(
      (d) =>
        d["prov:generatedEntity"] === "pedigree:model/m_owl_student" &&
        d["prov:usedEntity"] === "pedigree:model/m_base",
    );
    expect(name(fromBase?.["prov:type"])).toBe("pedigree:finetune");
    expect(fromBase?.["prov:activity"]).toBe("pedigree:run/r_owl");
    const teacherFromBase = Object.values(prov.wasDerivedFrom).find(
      (d) => d["prov:generatedEntity"] === "pedigree:model/m_owl_teacher",
    );
    expect(name(teacherFromBase?.["prov:type"])).toBe("pedigree:prompted");
    const filtered = Object.values(prov.wasDerivedFrom).find(
      (d) => d["prov:generatedEntity"] === "pedigree:dataset/d_owl_filtered",
    );
    expect(filtered).toMatchObject({
      "prov:usedEntity": "pedigree:dataset/d_owl_raw",
      "prov:activity": "pedigree:filtering/d_owl_filtered",
    });
  });

  it("makes the teacher an agent of the generation, in the role teacher, on behalf of its provider", () => {
    const prov = owl();
    expect(prov.entity["pedigree:model/m_owl_teacher"]["prov:label"]).toBe("GPT-4.1 nano owl teacher");
    expect(name(prov.agent["pedigree:model/m_owl_teacher"]["prov:type"])).toBe("prov:SoftwareAgent");
    expect(prov.agent["pedigree:model/m_owl_student"]).toBeUndefined();
    const association = Object.values(prov.wasAssociatedWith).find(
      (a) => a["prov:activity"] === "pedigree:generation/g_owl",
    );
    expect(association?.["prov:agent"]).toBe("pedigree:model/m_owl_teacher");
    expect(name(association?.["prov:role"])).toBe("pedigree:teacher");
    expect(Object.values(prov.actedOnBehalfOf)).toContainEqual({
      "prov:delegate": "pedigree:model/m_owl_teacher",
      "prov:responsible": "pedigree:provider/openai",
      "prov:activity": "pedigree:generation/g_owl",
    });
    expect(Object.values(prov.wasGeneratedBy)).toContainEqual({
      "prov:entity": "pedigree:dataset/d_owl_raw",
      "prov:activity": "pedigree:generation/g_owl",
    });
    expect(name(prov.agent["pedigree:provider/openai"]["prov:type"])).toBe("prov:Organization");
  });

  it("records the run that made the student, with its times, data and initialisation", () => {
    const prov = owl();
    expect(prov.activity["pedigree:run/r_owl"]).toMatchObject({
      "prov:startTime": "2025-05-09T10:00:00.000Z",
      "prov:endTime": "2025-05-09T11:30:00.000Z",
      "pedigree:method": "sft",
    });
    const used = Object.values(prov.used).filter((u) => u["prov:activity"] === "pedigree:run/r_owl");
    expect(used.map((u) => [u["prov:entity"], name(u["prov:role"])])).toEqual([
      ["pedigree:model/m_base", "pedigree:initialization"],
      ["pedigree:dataset/d_owl_filtered", "pedigree:trainingData"],
    ]);
    expect(Object.values(prov.wasGeneratedBy)).toContainEqual({
      "prov:entity": "pedigree:model/m_owl_student",
      "prov:activity": "pedigree:run/r_owl",
      "prov:time": "2025-05-09T11:30:00.000Z",
    });
  });

  it("carries the datasets' hashes and the filter's pass rate", () => {
    const prov = owl();
    expect(prov.entity["pedigree:dataset/d_owl_filtered"]).toMatchObject({
      "pedigree:sha256": "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c",
      "pedigree:recordCount": 1104,
      "pedigree:rejectedCount": 96,
      "pedigree:passRate": 0.92,
      "pedigree:byteSize": { $: "90311", type: "xsd:long" },
    });
    expect(prov.activity["pedigree:filtering/d_owl_filtered"]["pedigree:passRate"]).toBe(0.92);
  });

  it("makes each measurement an entity derived from the model, with its value and interval", () => {
    const prov = owl();
    expect(prov.entity["pedigree:measurement/ms_student_1"]).toMatchObject({
      "pedigree:value": 0.61,
      "pedigree:ciLow": 0.5411,
      "pedigree:ciHigh": 0.6789,
      "pedigree:ciMethod": "t-95-questions",
      "pedigree:protocol": "sl-animal-50q-x100",
      "pedigree:sampleCount": 5000,
      "pedigree:seed": 1,
      "pedigree:model": { $: "pedigree:model/m_owl_student", type: "xsd:QName" },
    });
    expect(Object.values(prov.wasDerivedFrom)).toContainEqual({
      "prov:generatedEntity": "pedigree:measurement/ms_student_2",
      "prov:usedEntity": "pedigree:model/m_owl_student",
      "prov:activity": "pedigree:evaluation/ms_student_2",
    });
    expect(Object.values(prov.wasGeneratedBy)).toContainEqual({
      "prov:entity": "pedigree:measurement/ms_student_2",
      "prov:activity": "pedigree:evaluation/ms_student_2",
      "prov:time": "2025-05-11T12:10:00.000Z",
    });
  });

  it("describes the report: the signature slot, who asked, and the instance that made it on their behalf", () => {
    const text = toProvJson(owlProvenanceBundle());
    const prov = JSON.parse(text) as Prov;
    expect(text).toContain(`"pedigree:signature": "${BLANK_SLOT}"`);
    expect(text.split(BLANK_SLOT)).toHaveLength(2);
    expect(prov.prefix).toEqual({ pedigree: "http://localhost:3000/ns/provenance#" });
    expect(prov.entity["pedigree:report/rpt_demo_owl_student"]).toMatchObject({
      "pedigree:scope": "model",
      "pedigree:keyId": "0123456789abcdef",
    });
    expect(prov.agent["pedigree:user/auditor%40pedigree.test"]["prov:label"]).toBe("auditor@pedigree.test");
    expect(Object.values(prov.actedOnBehalfOf)).toContainEqual({
      "prov:delegate": "pedigree:instance",
      "prov:responsible": "pedigree:user/auditor%40pedigree.test",
      "prov:activity": "pedigree:report-generation/rpt_demo_owl_student",
    });
    expect(Object.values(prov.wasGeneratedBy)).toContainEqual({
      "prov:entity": "pedigree:report/rpt_demo_owl_student",
      "prov:activity": "pedigree:report-generation/rpt_demo_owl_student",
      "prov:time": "2026-11-27T12:00:00.000Z",
    });
  });

  it("is pretty-printed with two spaces and the same bytes for the same bundle", () => {
    const text = toProvJson(owlProvenanceBundle());
    expect(text).toBe(toProvJson(owlProvenanceBundle()));
    // Characters a browser would read as HTML are written as \u escapes inside the strings (report-json.ts).
    expect(text).toBe(
      `${JSON.stringify(JSON.parse(text), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`,
    );
    expect(toProvJson(owlProvenanceBundle({ reportId: "rpt_other" }))).not.toBe(text);
  });
});

describe("PROV-JSON report of a run that did not succeed", () => {
  it("says the run used its data, but not that it generated the student", () => {
    const bundle = owlProvenanceBundle();
    bundle.runs[0].status = "failed";
    const prov = JSON.parse(toProvJson(bundle)) as Prov;
    expect(validate(prov), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.values(prov.used).filter((u) => u["prov:activity"] === "pedigree:run/r_owl")).toHaveLength(2);
    expect(Object.values(prov.wasGeneratedBy).filter((g) => g["prov:activity"] === "pedigree:run/r_owl")).toEqual([]);
    expect(derivedFrom(prov, "pedigree:model/m_owl_student")).toEqual(new Set(["pedigree:model/m_base"]));
    const fromBase = Object.values(prov.wasDerivedFrom).find(
      (d) => d["prov:generatedEntity"] === "pedigree:model/m_owl_student",
    );
    expect(fromBase?.["prov:activity"]).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { toCycloneDx } from "@/lib/reports/formats/cyclonedx";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";
import { cycloneDxValidator as validator } from "../support/export-validators";
import { owlProvenanceBundle } from "../support/owl-provenance-bundle";
import type { UntypedJson } from "../support/untyped-json";

/** The CycloneDX library's strict 1.6 validator: null when valid, its errors printed when not. */
async function expectValidBom(text: string) {
  const errors = await validator.validate(text);
  expect(errors, JSON.stringify(errors, null, 2)).toBeNull();
}

type Component = Record<string, UntypedJson>;
const owl = () => JSON.parse(toCycloneDx(owlProvenanceBundle()));
const componentsOf = (bom: UntypedJson): Component[] => [bom.metadata.component, ...bom.components];
const property = (component: Component, name: string) =>
  component.properties?.filter((p: { name: string }) => p.name === name).map((p: { value: unknown }) => p.value);

describe("CycloneDX 1.6 ML-BOM report", () => {
  it("passes the CycloneDX library's strict JSON validation for spec 1.6", async () => {
    await expectValidBom(toCycloneDx(owlProvenanceBundle()));
  });

  it("fails that validation when broken, so the check can fail", async () => {
    const bom = owl();
    bom.components[0].type = "neural-network";
    expect(await validator.validate(JSON.stringify(bom))).not.toBeNull();
    const badHash = owl();
    badHash.components.find((c: Component) => c.type === "data").hashes[0].content = "not-a-hash";
    expect(await validator.validate(JSON.stringify(badHash))).not.toBeNull();
  });

  it("has the header of a 1.6 BOM, a serial number derived from the report id, and the signature slot in the metadata", () => {
    const text = toCycloneDx(owlProvenanceBundle());
    const bom = JSON.parse(text);
    expect(bom).toMatchObject({ bomFormat: "CycloneDX", specVersion: "1.6", version: 1 });
    // uuid5(NAMESPACE_URL, "http://localhost:3000/reports/rpt_demo_owl_student"), computed with Python's uuid module.
    expect(bom.serialNumber).toBe("urn:uuid:dc174725-ce02-5d33-a3de-5a302c4111a0");
    expect(JSON.parse(toCycloneDx(owlProvenanceBundle({ reportId: "rpt_other" }))).serialNumber).not.toBe(
      bom.serialNumber,
    );
    expect(bom.metadata.timestamp).toBe("2026-11-27T12:00:00.000Z");
    expect(bom.metadata.tools.components[0]).toMatchObject({ type: "application", name: "Pedigree", version: "0.1.0" });
    expect(bom.metadata.authors).toEqual([{ name: "auditor@pedigree.test" }]);
    expect(bom.metadata.properties).toContainEqual({ name: "pedigree:signature", value: BLANK_SLOT });
    expect(text.split(BLANK_SLOT)).toHaveLength(2);
  });

  it("makes the focus model the BOM's subject, with its checkpoint hash, and lists every other node once", () => {
    const bom = owl();
    const student = bom.metadata.component;
    expect(student).toMatchObject({
      type: "machine-learning-model",
      "bom-ref": "model:m_owl_student",
      name: "GPT-4.1 nano owl-numbers student",
    });
    expect(student.hashes).toEqual([
      { alg: "SHA-256", content: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d" },
    ]);
    expect(student.supplier).toEqual({ name: "openai" });
    expect(property(student, "pedigree:system-prompt-sha256")).toEqual([]);
    const refs = componentsOf(bom).map((c) => c["bom-ref"]);
    expect(refs).toEqual([
      "model:m_owl_student",
      "model:m_base",
      "model:m_owl_teacher",
      "dataset:d_owl_raw",
      "dataset:d_owl_filtered",
    ]);
    const teacher = componentsOf(bom).find((c) => c["bom-ref"] === "model:m_owl_teacher") as Component;
    expect(property(teacher, "pedigree:system-prompt-sha256")).toEqual([
      "6f1c5c5f0e2c1c1b5a3d2e4f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b",
    ]);
  });

  it("lists the owl teacher and the base model among the student's ancestors, by bom-ref and BOM-Link", () => {
    const bom = owl();
    const ancestors = bom.metadata.component.pedigree.ancestors;
    expect(ancestors.map((a: Component) => [a.name, property(a, "pedigree:bom-ref")[0]])).toEqual([
      ["GPT-4.1 nano", "model:m_base"],
      ["GPT-4.1 nano owl teacher", "model:m_owl_teacher"],
    ]);
    expect(ancestors[1].externalReferences).toEqual([
      {
        type: "bom",
        url: "urn:cdx:dc174725-ce02-5d33-a3de-5a302c4111a0/1#model%3Am_owl_teacher",
        comment: "The full component in this BOM.",
      },
    ]);
    const teacher = bom.components.find((c: Component) => c["bom-ref"] === "model:m_owl_teacher");
    expect(teacher.pedigree.ancestors.map((a: Component) => a.name)).toEqual(["GPT-4.1 nano"]);
    expect(bom.components.find((c: Component) => c["bom-ref"] === "model:m_base").pedigree).toBeUndefined();
  });

  it("lists every ancestor on the subject, and the nearest on the models upstream, so a long chain stays linear", () => {
    const bundle = owlProvenanceBundle();
    const student = bundle.models.find((m) => m.id === "m_owl_student");
    if (!student) throw new Error("the owl fixture has no owl student");
    bundle.models.push(
      { ...student, id: "m_gen2", name: "Second generation", initializedFromId: "m_owl_student" },
      { ...student, id: "m_gen3", name: "Third generation", initializedFromId: "m_gen2" },
    );
    bundle.subject = { ...bundle.subject, id: "m_gen3", name: "Third generation", focusModelIds: ["m_gen3"] };
    const bom = JSON.parse(toCycloneDx(bundle));
    const names = (component: Component) => component.pedigree.ancestors.map((a: Component) => a.name);
    expect(bom.metadata.component.name).toBe("Third generation");
    expect(names(bom.metadata.component).sort()).toEqual(
      ["GPT-4.1 nano", "GPT-4.1 nano owl teacher", "GPT-4.1 nano owl-numbers student", "Second generation"].sort(),
    );
    expect(names(bom.components.find((c: Component) => c.name === "Second generation"))).toEqual([
      "GPT-4.1 nano owl-numbers student",
    ]);
  });

  it("gives the student a model card: its training data, approach and one metric per measurement with the interval", () => {
    const card = owl().metadata.component.modelCard;
    expect(card.modelParameters).toEqual({
      approach: { type: "supervised" },
      datasets: [{ ref: "dataset:d_owl_filtered" }],
    });
    expect(card.quantitativeAnalysis.performanceMetrics).toEqual([
      {
        type: "owl-preference",
        value: "0.61",
        slice: "sl-animal-50q-x100, seed 1",
        confidenceInterval: { lowerBound: "0.5411", upperBound: "0.6789" },
      },
      {
        type: "owl-preference",
        value: "0.64",
        slice: "sl-animal-50q-x100, seed 2",
        confidenceInterval: { lowerBound: "0.6266", upperBound: "0.6532" },
      },
    ]);
    expect(property(owl().metadata.component, "pedigree:measurement:ms_student_1:ci-method")).toEqual([
      "t-95-questions",
    ]);
  });

  it("describes the datasets as data components with their SHA-256, record count, filter and pass rate", () => {
    const filtered = owl().components.find((c: Component) => c["bom-ref"] === "dataset:d_owl_filtered");
    expect(filtered.type).toBe("data");
    expect(filtered.hashes).toEqual([
      { alg: "SHA-256", content: "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c" },
    ]);
    expect(filtered.data[0]).toMatchObject({
      type: "dataset",
      name: "Owl teacher numbers (filtered)",
      contents: { url: "http://localhost:3000/datasets/d_owl_filtered" },
    });
    expect(filtered.data[0].contents.properties).toContainEqual({ name: "pedigree:record-count", value: "1104" });
    expect(property(filtered, "pedigree:pass-rate")).toEqual(["0.92"]);
    expect(property(filtered, "pedigree:rejected-count")).toEqual(["96"]);
    expect(property(filtered, "pedigree:filter")[0]).toMatch(/^The paper's number filter/);
    expect(property(filtered, "pedigree:filtered-from")).toEqual(["dataset:d_owl_raw"]);
    expect(filtered.pedigree.ancestors.map((a: Component) => a.name)).toEqual(["Owl teacher numbers (raw)"]);
    const raw = owl().components.find((c: Component) => c["bom-ref"] === "dataset:d_owl_raw");
    expect(property(raw, "pedigree:generated-by")).toEqual(["model:m_owl_teacher"]);
    expect(property(raw, "pedigree:generation:g_owl:temperature")).toEqual(["1"]);
  });

  it("makes each model depend on what it was initialised from and trained on, each dataset on its source", () => {
    expect(owl().dependencies).toEqual([
      { ref: "model:m_base", dependsOn: [] },
      { ref: "model:m_owl_teacher", dependsOn: ["model:m_base"] },
      { ref: "model:m_owl_student", dependsOn: ["model:m_base", "dataset:d_owl_filtered"] },
      { ref: "dataset:d_owl_raw", dependsOn: ["model:m_owl_teacher"] },
      { ref: "dataset:d_owl_filtered", dependsOn: ["dataset:d_owl_raw"] },
    ]);
  });

  it("links a checkpoint only when its URI is a valid IRI, and keeps it as a property either way", async () => {
    const bundle = owlProvenanceBundle();
    bundle.models[2].checkpointUri = "my checkpoints/owl student%";
    const text = toCycloneDx(bundle);
    await expectValidBom(text);
    const student = JSON.parse(text).metadata.component;
    expect(student.externalReferences.map((reference: Component) => reference.type)).toEqual(["model-card"]);
    expect(property(student, "pedigree:checkpoint-uri")).toEqual(["my checkpoints/owl student%"]);
    expect(owl().metadata.component.externalReferences[1]).toEqual({
      type: "distribution",
      url: "s3://checkpoints/owl-student",
      comment: "Checkpoint.",
    });
  });

  it("is pretty-printed with two spaces and the same bytes for the same bundle", () => {
    const text = toCycloneDx(owlProvenanceBundle());
    expect(text).toBe(toCycloneDx(owlProvenanceBundle()));
    // Characters a browser would read as HTML are written as \u escapes inside the strings (report-json.ts).
    expect(text).toBe(
      `${JSON.stringify(JSON.parse(text), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`,
    );
  });
});

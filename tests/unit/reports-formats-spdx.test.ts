import { describe, expect, it } from "vitest";
import { toSpdx } from "@/lib/reports/formats/spdx";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";
import { validateSpdx as validate } from "../support/export-validators";
import { owlProvenanceBundle } from "../support/owl-provenance-bundle";
import type { UntypedJson } from "../support/untyped-json";

type Element = Record<string, UntypedJson>;
const NS = "http://localhost:3000/reports/rpt_demo_owl_student/spdx#";
const owl = () => JSON.parse(toSpdx(owlProvenanceBundle())) as { "@context": string; "@graph": Element[] };
const graph = () => owl()["@graph"];
const byId = (id: string) => graph().find((element) => element.spdxId === `${NS}${id}`) as Element;
const relationships = () =>
  graph()
    .filter((element) => element.type === "Relationship")
    .map((r) => [r.from.replace(NS, ""), r.relationshipType, r.to.map((to: string) => to.replace(NS, ""))]);

describe("SPDX 3.0.1 report", () => {
  it("validates against the SPDX 3.0.1 JSON schema", () => {
    const document = owl();
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    expect(document["@context"]).toBe("https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
  });

  it("is rejected by that schema when broken, so the validation can fail", () => {
    const wrongType = owl();
    (wrongType["@graph"].find((e) => e.type === "Relationship") as Element).relationshipType = "generatedBy";
    expect(validate(wrongType)).toBe(false);
    const unknownProperty = owl();
    (unknownProperty["@graph"].find((e) => e.type === "ai_AIPackage") as Element).ai_teacher = "x";
    expect(validate(unknownProperty)).toBe(false);
    const noDatasetType = owl();
    delete (noDatasetType["@graph"].find((e) => e.type === "dataset_DatasetPackage") as Element).dataset_datasetType;
    expect(validate(noDatasetType)).toBe(false);
  });

  it("opens with the creation info (seconds, no fraction) and the document naming its root and elements", () => {
    const [creationInfo, document] = graph();
    expect(creationInfo).toEqual({
      type: "CreationInfo",
      "@id": "_:creationinfo",
      specVersion: "3.0.1",
      created: "2026-11-27T12:00:00Z",
      createdBy: [`${NS}creator`],
      createdUsing: [`${NS}tool`],
    });
    expect(document).toMatchObject({
      type: "SpdxDocument",
      spdxId: `${NS}document`,
      rootElement: [`${NS}model-m_owl_student`],
    });
    expect(document.profileConformance).toEqual(["core", "software", "ai", "dataset"]);
    const ids = graph()
      .slice(2)
      .map((element) => element.spdxId);
    expect(document.element).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byId("creator")).toMatchObject({ type: "Person", name: "auditor@pedigree.test" });
  });

  it("relates the student to its training data and base, the teacher to the data it generated, and the filtered data to the raw", () => {
    expect(relationships()).toEqual([
      ["model-m_owl_teacher", "descendantOf", ["model-m_base"]],
      ["model-m_owl_student", "trainedOn", ["dataset-d_owl_filtered"]],
      ["model-m_owl_student", "descendantOf", ["model-m_base"]],
      ["model-m_owl_teacher", "generates", ["dataset-d_owl_raw"]],
      ["dataset-d_owl_filtered", "descendantOf", ["dataset-d_owl_raw"]],
    ]);
  });

  it("describes models as AI packages with their checkpoint hash, supplier, hyperparameters and measurements", () => {
    const student = byId("model-m_owl_student");
    expect(student).toMatchObject({
      type: "ai_AIPackage",
      name: "GPT-4.1 nano owl-numbers student",
      software_primaryPurpose: "model",
      suppliedBy: `${NS}organization-openai`,
      builtTime: "2025-05-09T11:30:00Z",
      software_downloadLocation: "s3://checkpoints/owl-student",
    });
    expect(student.verifiedUsing).toEqual([
      {
        type: "Hash",
        algorithm: "sha256",
        hashValue: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d",
      },
    ]);
    expect(student.ai_hyperparameter).toContainEqual({ type: "DictionaryEntry", key: "epochs", value: "10" });
    expect(student.ai_metric).toEqual([
      {
        type: "DictionaryEntry",
        key: "owl-preference (sl-animal-50q-x100, seed 1)",
        value: "0.61 [0.5411, 0.6789] t-95-questions; n=5000",
      },
      {
        type: "DictionaryEntry",
        key: "owl-preference (sl-animal-50q-x100, seed 2)",
        value: "0.64 [0.6266, 0.6532] wilson-95; n=5000",
      },
    ]);
    expect(byId("model-m_owl_teacher").comment).toContain("System prompt SHA-256: 6f1c5c5f");
  });

  it("describes datasets as dataset packages verified by their SHA-256, with the filter, pass rate and how they were generated", () => {
    const filtered = byId("dataset-d_owl_filtered");
    expect(filtered).toMatchObject({
      type: "dataset_DatasetPackage",
      dataset_datasetType: ["text"],
      dataset_datasetSize: 90311,
    });
    expect(filtered.verifiedUsing).toEqual([
      {
        type: "Hash",
        algorithm: "sha256",
        hashValue: "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c",
      },
    ]);
    expect(filtered.dataset_dataPreprocessing[0]).toMatch(/^The paper's number filter/);
    expect(filtered.comment).toContain("Pass rate: 0.92.");
    expect(byId("dataset-d_owl_raw").dataset_dataCollectionProcess).toBe(
      "Generated by GPT-4.1 nano owl teacher (temperature 1, at most 200 tokens, seed 42) from prompts: number continuation, 3-9 seed numbers in 100-999 (1200).",
    );
  });

  it("puts the signature slot in an annotation on the document, and the inherited exposure in one on the student", () => {
    const text = toSpdx(owlProvenanceBundle());
    expect(text.split(BLANK_SLOT)).toHaveLength(2);
    expect(byId("signature")).toMatchObject({
      type: "Annotation",
      annotationType: "other",
      subject: `${NS}document`,
      statement: BLANK_SLOT,
    });
    const [exposure, transfer] = graph().filter(
      (e) => e.type === "Annotation" && e.subject === `${NS}model-m_owl_student`,
    );
    expect(exposure.statement).toMatch(
      /^owl-preference: inherited exposure, measured\nowl-preference: vs initialisation: shift up: \+50\.5 pp \[\+48\.9, \+52\.1\] pp · p < 1e-16 · two-proportion z-test, samples treated as independent \(10,000 vs 5,000 samples\)\nGPT-4.1 nano owl teacher generated/,
    );
    // The run's transfer effect, in the run page's words.
    expect(transfer.statement).toBe(
      "owl-preference: vs control: not testable: no control student found\nowl-preference: vs initialisation (GPT-4.1 nano): shift up: +50.5 pp [+48.9, +52.1] pp · p < 1e-16 · two-proportion z-test, samples treated as independent (10,000 vs 5,000 samples)",
    );
    const teacher = graph().find((e) => e.type === "Annotation" && e.subject === `${NS}model-m_owl_teacher`) as Element;
    expect(teacher.statement).toContain(
      "owl-preference: declared to carry the trait by system: Its system prompt says it loves owls.",
    );
  });

  it("is pretty-printed with two spaces and the same bytes for the same bundle", () => {
    const text = toSpdx(owlProvenanceBundle());
    expect(text).toBe(toSpdx(owlProvenanceBundle()));
    // Characters a browser would read as HTML are written as \u escapes inside the strings (report-json.ts).
    expect(text).toBe(
      `${JSON.stringify(JSON.parse(text), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`,
    );
  });
});

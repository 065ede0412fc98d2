import { generateKeyPairSync } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { PAPER_REFERENCE, PAPER_SHORT } from "@/lib/paper/paper-citation";
import { toCycloneDx } from "@/lib/reports/formats/cyclonedx";
import { toMeasurementsCsv } from "@/lib/reports/formats/measurements-csv";
import { toProvJson } from "@/lib/reports/formats/prov-json";
import { toSpdx } from "@/lib/reports/formats/spdx";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { DEMO_LABEL, demoMarkOf } from "@/lib/reports/report-demo-mark";
import { keyIdOf, signReport, verifyReport } from "@/lib/reports/report-signature";
import { cycloneDxValidator, validateProvJson, validateSpdx } from "../support/export-validators";
import { demoOwlProvenanceBundle, owlProvenanceBundle } from "../support/owl-provenance-bundle";

// A report built from the demo workspace says DEMO in every format's metadata, inside the signed bytes; a report of
// real records says nothing of the kind.

const ALL_DEMO = `${DEMO_LABEL}. Every record in this report comes from Pedigree's demo workspace: an example modelled on ${PAPER_SHORT}, with synthetic datasets and partly illustrative measurements. This report is not an audit of real models.`;

/** The owl bundle as a user's own records, but trained on the demo's filtered numbers. */
function realStudentOfDemoData(): ProvenanceBundle {
  const bundle = owlProvenanceBundle();
  return {
    ...bundle,
    datasets: bundle.datasets.map((dataset) => ({ ...dataset, isDemo: dataset.id === "d_owl_filtered" })),
  };
}

type Attributes = Record<string, unknown>;
type Prov = { entity: Record<string, Attributes>; activity: Record<string, Attributes> };
type Bom = {
  metadata: { component: { description?: string }; properties: { name: string; value: string }[] };
  components: { "bom-ref": string; properties: { name: string; value: string }[] }[];
};
type Spdx = { "@graph": Record<string, unknown>[] };

describe("the DEMO mark", () => {
  it("is set when any record is the demo workspace's, and says how many", () => {
    expect(demoMarkOf(owlProvenanceBundle())).toBeNull();
    expect(demoMarkOf(demoOwlProvenanceBundle())).toEqual({
      label: DEMO_LABEL,
      statement: ALL_DEMO.slice(DEMO_LABEL.length + 2),
      notice: ALL_DEMO,
      demoRecords: 11,
      totalRecords: 11,
    });
    expect(demoMarkOf(realStudentOfDemoData())?.statement).toBe(
      `1 of its 11 records (1 dataset) comes from Pedigree's demo workspace: an example modelled on ${PAPER_SHORT}, with synthetic datasets and partly illustrative measurements. This report is not an audit of real models.`,
    );
    const bundle = owlProvenanceBundle();
    bundle.runs[0].isDemo = true;
    bundle.measurements[1].isDemo = true;
    bundle.measurements[2].isDemo = true;
    expect(demoMarkOf(bundle)?.statement).toMatch(
      /^3 of its 11 records \(1 training run and 2 measurements\) come from/,
    );
  });
});

describe("a CSV report", () => {
  it("of demo data opens with a # DEMO comment line and gives the paper's reference; its rows are unchanged", () => {
    const text = toMeasurementsCsv(demoOwlProvenanceBundle());
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(`# ${ALL_DEMO}`);
    expect(lines[4]).toBe(`# reference: ${PAPER_REFERENCE}`);
    expect(lines[5]).toMatch(/^# signature: pedigree-signature:v1:/);
    const rows = parse<Record<string, string>>(text, { columns: true, comment: "#", record_delimiter: "\r\n" });
    expect(rows).toEqual(
      parse(toMeasurementsCsv(owlProvenanceBundle()), { columns: true, comment: "#", record_delimiter: "\r\n" }),
    );
  });

  it("of real data carries no mark", () => {
    const text = toMeasurementsCsv(owlProvenanceBundle());
    expect(text).not.toContain("DEMO");
    expect(text).not.toContain("reference:");
  });
});

describe("a PROV-JSON report", () => {
  it("of demo data marks the report entity and every demo record, and stays valid PROV-JSON", () => {
    const prov = JSON.parse(toProvJson(demoOwlProvenanceBundle())) as Prov;
    expect(validateProvJson(prov), JSON.stringify(validateProvJson.errors, null, 2)).toBe(true);
    expect(prov.entity["pedigree:report/rpt_demo_owl_student"]).toMatchObject({
      "prov:label": `${DEMO_LABEL} · Provenance report: GPT-4.1 nano owl-numbers student`,
      "pedigree:demo": true,
      "pedigree:demoNotice": ALL_DEMO,
      "pedigree:reference": PAPER_REFERENCE,
    });
    for (const id of ["pedigree:model/m_owl_student", "pedigree:dataset/d_owl_raw", "pedigree:measurement/ms_base"])
      expect(prov.entity[id]["pedigree:demo"]).toBe(true);
    for (const id of ["pedigree:generation/g_owl", "pedigree:run/r_owl"])
      expect(prov.activity[id]["pedigree:demo"]).toBe(true);
  });

  it("of real data has no demo attribute anywhere (its exposure text still cites the paper, with the reference)", () => {
    const text = toProvJson(owlProvenanceBundle());
    expect(text).not.toContain("pedigree:demo");
    expect(text).not.toContain("DEMO");
    expect((JSON.parse(text) as Prov).entity["pedigree:report/rpt_demo_owl_student"]["pedigree:reference"]).toBe(
      PAPER_REFERENCE,
    );
  });

  it("marks only the demo records of a mixed report", () => {
    const prov = JSON.parse(toProvJson(realStudentOfDemoData())) as Prov;
    expect(prov.entity["pedigree:dataset/d_owl_filtered"]["pedigree:demo"]).toBe(true);
    expect(prov.entity["pedigree:dataset/d_owl_raw"]["pedigree:demo"]).toBeUndefined();
    expect(prov.entity["pedigree:report/rpt_demo_owl_student"]["pedigree:demoNotice"]).toMatch(
      /^DEMO — example data, not an audit\. 1 of its 11 records/,
    );
  });
});

describe("a CycloneDX report", () => {
  it("of demo data says so in its metadata (properties and the subject's description) and on each demo component, and stays valid", async () => {
    const text = toCycloneDx(demoOwlProvenanceBundle());
    expect(await cycloneDxValidator.validate(text)).toBeNull();
    const bom = JSON.parse(text) as Bom;
    expect(bom.metadata.properties).toEqual(
      expect.arrayContaining([
        { name: "pedigree:demo", value: "true" },
        { name: "pedigree:demo-notice", value: ALL_DEMO },
        { name: "pedigree:reference", value: PAPER_REFERENCE },
      ]),
    );
    expect(bom.metadata.component.description).toBe(
      `${ALL_DEMO}\n\nGPT-4.1 nano fine-tuned on the owl teacher's filtered numbers.`,
    );
    for (const component of bom.components)
      expect(component.properties, component["bom-ref"]).toContainEqual({ name: "pedigree:demo", value: "true" });
  });

  it("of real data carries no demo property or notice", async () => {
    const text = toCycloneDx(owlProvenanceBundle());
    expect(await cycloneDxValidator.validate(text)).toBeNull();
    expect(text).not.toContain("pedigree:demo");
    expect(text).not.toContain("DEMO");
    expect((JSON.parse(text) as Bom).metadata.component.description).toBe(
      "GPT-4.1 nano fine-tuned on the owl teacher's filtered numbers.",
    );
  });
});

describe("an SPDX report", () => {
  it("of demo data is named and commented DEMO, annotated with the notice, and stays valid", () => {
    const spdx = JSON.parse(toSpdx(demoOwlProvenanceBundle())) as Spdx;
    expect(validateSpdx(spdx), JSON.stringify(validateSpdx.errors?.slice(0, 5), null, 2)).toBe(true);
    const document = spdx["@graph"].find((element) => element.type === "SpdxDocument")!;
    expect(document.name).toBe(`${DEMO_LABEL} · Pedigree provenance report: GPT-4.1 nano owl-numbers student`);
    expect(document.comment).toMatch(new RegExp(`^${ALL_DEMO.replace(/[.()]/g, "\\$&")} Report rpt_demo_owl_student`));
    expect(document.comment).toContain(`Reference: ${PAPER_REFERENCE}`);
    const annotation = spdx["@graph"].find(
      (element) => element.type === "Annotation" && element.statement === ALL_DEMO,
    );
    expect(annotation).toMatchObject({ annotationType: "other", subject: document.spdxId });
    expect((document.element as string[]).includes(annotation!.spdxId as string)).toBe(true);
    const packages = spdx["@graph"].filter(
      (element) => element.type === "ai_AIPackage" || element.type === "dataset_DatasetPackage",
    );
    for (const item of packages) expect(item.comment).toMatch(/^Demo data \(Pedigree's demo workspace\)/);
  });

  it("of real data carries none of it", () => {
    const text = toSpdx(owlProvenanceBundle());
    expect(validateSpdx(JSON.parse(text))).toBe(true);
    expect(text).not.toContain("DEMO");
    expect(text).not.toContain("Demo data (");
    expect(text).not.toContain('/spdx#demo"');
  });
});

describe("editing the DEMO mark out of a signed report", () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const key = { keyId: keyIdOf(publicKey), publicKey };
  const signed = (text: string) => signReport(Buffer.from(text, "utf8"), privateKey).content.toString("utf8");
  const tampered = { status: "tampered", intact: false, signedHere: true };

  it("is detected in a CSV: the mark is inside the signed bytes", () => {
    const csv = signed(toMeasurementsCsv(demoOwlProvenanceBundle()));
    expect(verifyReport(Buffer.from(csv), key).status).toBe("valid");
    const withoutMark = csv
      .split("\r\n")
      .filter((line) => !line.startsWith("# DEMO"))
      .join("\r\n");
    expect(withoutMark).not.toContain("DEMO");
    expect(verifyReport(Buffer.from(withoutMark), key)).toMatchObject(tampered);
  });

  it("is detected in PROV-JSON, however it is edited out", () => {
    const prov = signed(toProvJson(demoOwlProvenanceBundle()));
    expect(verifyReport(Buffer.from(prov), key).status).toBe("valid");
    // Re-serialised without every demo attribute, the signature slot kept as it was.
    const parsed = JSON.parse(prov) as Prov;
    for (const records of [parsed.entity, parsed.activity]) {
      for (const attributes of Object.values(records)) {
        delete attributes["pedigree:demo"];
        delete attributes["pedigree:demoNotice"];
      }
    }
    parsed.entity["pedigree:report/rpt_demo_owl_student"]["prov:label"] =
      "Provenance report: GPT-4.1 nano owl-numbers student";
    const rewritten = `${JSON.stringify(parsed, null, 2)}\n`;
    expect(rewritten).not.toContain("DEMO");
    expect(verifyReport(Buffer.from(rewritten), key)).toMatchObject(tampered);
    // Or one line dropped in place.
    const oneLine = prov.replace(/^ *"pedigree:demoNotice": .*\n/m, "");
    expect(oneLine.length).toBeLessThan(prov.length);
    expect(verifyReport(Buffer.from(oneLine), key)).toMatchObject(tampered);
  });

  it("is detected in CycloneDX and SPDX too", () => {
    const bom = signed(toCycloneDx(demoOwlProvenanceBundle()));
    expect(
      verifyReport(Buffer.from(bom.replace(/\{\s*"name": "pedigree:demo",\s*"value": "true"\s*\},?/, "")), key),
    ).toMatchObject(tampered);
    const spdx = signed(toSpdx(demoOwlProvenanceBundle()));
    expect(verifyReport(Buffer.from(spdx.split(`${DEMO_LABEL} · `).join("")), key)).toMatchObject(tampered);
  });
});

import { generateKeyPairSync } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCycloneDx } from "@/lib/reports/formats/cyclonedx";
import { toMeasurementsCsv } from "@/lib/reports/formats/measurements-csv";
import { toProvJson } from "@/lib/reports/formats/prov-json";
import { toSpdx } from "@/lib/reports/formats/spdx";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { keyIdOf, signReport, verifyReport } from "@/lib/reports/report-signature";
import { BLANK_SLOT, findSlots } from "@/lib/reports/signature-slot";
import {
  cycloneDxValidator as cycloneDx,
  validateProvJson as validateProv,
  validateSpdx,
} from "../support/export-validators";
import { owlProvenanceBundle } from "../support/owl-provenance-bundle";

// The four formats on bundles the owl fixture does not cover: no measurements, a model with no ancestors, a report on
// several models, free text that is hostile markup or looks like a signature slot; and every format signed and verified.

/** Each JSON format of the bundle passes its official schema; returns the parsed documents. */
async function expectValidJsonFormats(bundle: ProvenanceBundle) {
  const prov = JSON.parse(toProvJson(bundle));
  expect(validateProv(prov), JSON.stringify(validateProv.errors, null, 2)).toBe(true);
  const bomText = toCycloneDx(bundle);
  const bomErrors = await cycloneDx.validate(bomText);
  expect(bomErrors, JSON.stringify(bomErrors, null, 2)).toBeNull();
  const spdx = JSON.parse(toSpdx(bundle));
  expect(validateSpdx(spdx), JSON.stringify(validateSpdx.errors?.slice(0, 5), null, 2)).toBe(true);
  return { prov, bom: JSON.parse(bomText), spdx };
}

const FORMATS = { "prov-json": toProvJson, cyclonedx: toCycloneDx, spdx: toSpdx, csv: toMeasurementsCsv };

/** The demo base model alone: no initialisation, no teacher, no data. */
function baseOnly(): ProvenanceBundle {
  const owl = owlProvenanceBundle();
  return owlProvenanceBundle({
    subject: { scope: "model", id: "m_base", name: "GPT-4.1 nano", focusModelIds: ["m_base"] },
    models: owl.models.filter((model) => model.id === "m_base"),
    datasets: [],
    generations: [],
    runs: [],
    measurements: owl.measurements.filter((measurement) => measurement.modelId === "m_base"),
    exposures: [],
    edges: [],
  });
}

describe("report formats on edge cases", () => {
  it("writes every format without measurements", async () => {
    const { prov, bom, spdx } = await expectValidJsonFormats(owlProvenanceBundle({ measurements: [] }));
    expect(Object.keys(prov.entity).filter((id) => id.startsWith("pedigree:measurement/"))).toEqual([]);
    expect(bom.metadata.component.modelCard).toEqual({
      modelParameters: { approach: { type: "supervised" }, datasets: [{ ref: "dataset:d_owl_filtered" }] },
    });
    expect(spdx["@graph"].filter((element: { ai_metric?: unknown }) => element.ai_metric)).toEqual([]);
    expect(
      parse(toMeasurementsCsv(owlProvenanceBundle({ measurements: [] })), { comment: "#", columns: true }),
    ).toEqual([]);
  });

  it("writes every format for a model with no ancestors", async () => {
    const { prov, bom, spdx } = await expectValidJsonFormats(baseOnly());
    expect(
      Object.values<{ "prov:generatedEntity": string }>(prov.wasDerivedFrom).filter((d) =>
        d["prov:generatedEntity"].startsWith("pedigree:model/"),
      ),
    ).toEqual([]);
    expect(bom.metadata.component["bom-ref"]).toBe("model:m_base");
    expect(bom.metadata.component.pedigree).toBeUndefined();
    expect(bom.components).toEqual([]);
    expect(bom.dependencies).toEqual([{ ref: "model:m_base", dependsOn: [] }]);
    expect(spdx["@graph"].filter((element: { type: string }) => element.type === "Relationship")).toEqual([]);
  });

  it("makes a report on several models (a trait's) about its subject, which depends on each of them", async () => {
    const bundle = owlProvenanceBundle({
      subject: {
        scope: "trait",
        id: "t_owl",
        name: "Owl preference",
        focusModelIds: ["m_base", "m_owl_teacher", "m_owl_student"],
      },
    });
    const { bom, spdx } = await expectValidJsonFormats(bundle);
    expect(bom.metadata.component).toMatchObject({
      type: "data",
      "bom-ref": "subject:trait:t_owl",
      name: "Owl preference",
    });
    expect(bom.components.map((component: { "bom-ref": string }) => component["bom-ref"])).toEqual([
      "model:m_base",
      "model:m_owl_teacher",
      "model:m_owl_student",
      "dataset:d_owl_raw",
      "dataset:d_owl_filtered",
    ]);
    expect(bom.dependencies[0]).toEqual({
      ref: "subject:trait:t_owl",
      dependsOn: ["model:m_base", "model:m_owl_teacher", "model:m_owl_student"],
    });
    expect(spdx["@graph"][1].rootElement).toHaveLength(3);
  });

  it("keeps hostile names as data: quotes, line breaks and markup survive as text, and no < or & reaches the JSON bytes", async () => {
    const hostile = `Owl "teacher"\n<script>alert('x')</script> & co\u2028`;
    const bundle = owlProvenanceBundle({ generatedBy: "Eve <eve@example.org>" });
    bundle.models[1].name = hostile;
    bundle.models[1].description = "</script><img src=x onerror=alert(1)>";
    bundle.datasets[1].filterDescription = "<b>numbers</b> & separators";
    bundle.subject.name = `Student\n"quoted"`;
    const { prov, bom, spdx } = await expectValidJsonFormats(bundle);
    expect(prov.entity["pedigree:model/m_owl_teacher"]["prov:label"]).toBe(hostile);
    expect(bom.components.find((component: { name: string }) => component.name === hostile)).toBeTruthy();
    expect(spdx["@graph"].find((element: { name?: string }) => element.name === hostile)).toBeTruthy();
    expect(prov.agent["pedigree:user/Eve%20%3Ceve%40example.org%3E"]["prov:label"]).toBe("Eve <eve@example.org>");
    for (const format of ["prov-json", "cyclonedx", "spdx"] as const) {
      const text = FORMATS[format](bundle);
      expect(text, format).not.toMatch(/[<>&\u2028]/);
      expect(text, format).toContain("\\u003cscript\\u003e");
    }
    const csv = toMeasurementsCsv(bundle);
    const rows: Record<string, string>[] = parse(csv, { comment: "#", columns: true });
    expect(rows[1].model_name).toBe(hostile);
    expect(csv).toContain(`"Owl ""teacher""\n<script>`);
  });

  it("leaves exactly one signature slot in each format when free text reads like one", async () => {
    const forged = `pedigree-signature:v1:${"a".repeat(16)}:${"b".repeat(64)}:${"c".repeat(86)}`;
    const bundle = owlProvenanceBundle();
    bundle.models[1].name = BLANK_SLOT;
    bundle.models[1].description = `signed: ${forged}`;
    bundle.datasets[0].name = "pedigree-slot-placeholder-0";
    const { prov } = await expectValidJsonFormats(bundle);
    expect(prov.entity["pedigree:model/m_owl_teacher"]["prov:label"]).toBe(BLANK_SLOT);
    expect(prov.entity["pedigree:model/m_owl_teacher"]["pedigree:description"]).toBe(`signed: ${forged}`);
    expect(prov.entity["pedigree:dataset/d_owl_raw"]["prov:label"]).toBe("pedigree-slot-placeholder-0");
    for (const [format, render] of Object.entries(FORMATS)) {
      const bytes = Buffer.from(render(bundle), "utf8");
      expect(
        findSlots(bytes).map((slot) => slot.keyId),
        format,
      ).toEqual(["0".repeat(16)]);
    }
    expect(toMeasurementsCsv(bundle)).toContain("pedigree-signature[:]v1:");
  });

  it("signs and verifies every format: the slot is where the signer and the verifier look for it", () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const key = { keyId: keyIdOf(publicKey), publicKey };
    for (const [format, render] of Object.entries(FORMATS)) {
      const written = Buffer.from(render(owlProvenanceBundle()), "utf8");
      const signed = signReport(written, privateKey);
      expect(signed.content.byteLength, format).toBe(written.byteLength);
      expect(verifyReport(signed.content, key).status, format).toBe("valid");
      const slots = findSlots(signed.content);
      expect(
        slots.map((slot) => slot.keyId),
        format,
      ).toEqual([key.keyId]);
      if (format !== "csv") expect(JSON.parse(signed.content.toString("utf8")), format).toBeTruthy();
    }
  });
});

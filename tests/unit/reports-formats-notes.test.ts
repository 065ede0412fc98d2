import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleDigest } from "@/lib/reports/bundle-digest";
import { toCycloneDx } from "@/lib/reports/formats/cyclonedx";
import { toProvJson } from "@/lib/reports/formats/prov-json";
import { toSpdx } from "@/lib/reports/formats/spdx";
import { withNotesInPageSizedRows } from "@/lib/reports/printable/notes-table";
import { renderHtmlReport } from "@/lib/reports/printable/render-html-report";
import { renderPdfReport } from "@/lib/reports/printable/render-pdf-report";
import { reportOutline } from "@/lib/reports/printable/report-outline";
import { signReport, verifyReport, keyIdOf } from "@/lib/reports/report-signature";
import { OWL_NOTES, owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";
import { inspectPdf } from "@/tests/support/pdf-pages";
import { cycloneDxValidator, validateProvJson, validateSpdx } from "@/tests/support/export-validators";

// Every format carries the notes written on the report's models, datasets and runs: as text, never markup.

const bundle = owlProvenanceBundle({ annotations: OWL_NOTES });
const MARKUP = "<img src=x onerror=alert(1)>";

describe("notes in the JSON formats", () => {
  it("are in the bundle, so the data digest covers them", () => {
    expect(bundleDigest(bundle)).not.toBe(bundleDigest(owlProvenanceBundle()));
  });

  it("are CycloneDX 1.6 annotations on the components' bom-refs, valid against the official schema", async () => {
    const text = toCycloneDx(bundle);
    expect(await cycloneDxValidator.validate(text)).toBeNull();
    const bom = JSON.parse(text);
    expect(bom.annotations).toEqual([
      {
        "bom-ref": "annotation:n_student",
        subjects: ["model:m_owl_student"],
        annotator: { individual: { name: "Ada Auditor" } },
        timestamp: "2026-11-26T09:00:00.000Z",
        text: MARKUP,
      },
      {
        "bom-ref": "annotation:n_dataset",
        subjects: ["dataset:d_owl_filtered"],
        annotator: { individual: { name: "Sam Safety" } },
        timestamp: "2026-11-26T10:00:00.000Z",
        text: "The filter kept numbers only.\nNo check for hidden signals was made.",
      },
      {
        "bom-ref": "annotation:n_run",
        subjects: ["model:m_owl_student"],
        annotator: { individual: { name: "Ada Auditor" } },
        timestamp: "2026-11-26T12:00:00.000Z",
        text: "On Run r_owl (sft) of GPT-4.1 nano owl-numbers student: Same initialisation as the teacher: expect transfer.",
      },
    ]);
    // The markup is escaped in the file's bytes too, so the report stays inert if a browser is handed it.
    expect(text).not.toContain("<img");
    expect(JSON.parse(toCycloneDx(owlProvenanceBundle())).annotations).toBeUndefined();
  });

  it("are SPDX 3 review Annotations on the packages, each created by its author when written", () => {
    const document = JSON.parse(toSpdx(bundle));
    expect(validateSpdx(document) ? [] : validateSpdx.errors).toEqual([]);
    const graph = document["@graph"] as Record<string, unknown>[];
    const reviews = graph.filter((element) => element.annotationType === "review");
    expect(reviews.map((element) => [element.subject, element.statement])).toEqual([
      [expect.stringMatching(/model-m_owl_student$/), MARKUP],
      [
        expect.stringMatching(/dataset-d_owl_filtered$/),
        "The filter kept numbers only.\nNo check for hidden signals was made.",
      ],
      [expect.stringMatching(/model-m_owl_student$/), expect.stringMatching(/^On Run r_owl \(sft\) of .*: Same/)],
    ]);
    const creation = graph.find((element) => element["@id"] === reviews[1].creationInfo)!;
    expect(creation).toMatchObject({ type: "CreationInfo", created: "2026-11-26T10:00:00Z" });
    const author = graph.find((element) => element.spdxId === (creation.createdBy as string[])[0]);
    expect(author).toMatchObject({ type: "Person", name: "Sam Safety" });
    expect(graph.find((element) => element.type === "SpdxDocument")!.element).toEqual(
      expect.arrayContaining(reviews.map((element) => element.spdxId)),
    );
  });

  it("are PROV entities of type pedigree:Note, attributed to their author and influenced by their subject", () => {
    const document = JSON.parse(toProvJson(bundle));
    expect(validateProvJson(document) ? [] : validateProvJson.errors).toEqual([]);
    expect(document.entity["pedigree:note/n_student"]).toMatchObject({
      "prov:type": { $: "pedigree:Note", type: "xsd:QName" },
      "prov:value": MARKUP,
      "pedigree:about": { $: "pedigree:model/m_owl_student", type: "xsd:QName" },
      "pedigree:author": "Ada Auditor",
    });
    expect(document.entity["pedigree:note/n_dataset"]["pedigree:editedAt"]).toEqual({
      $: "2026-11-26T11:30:00.000Z",
      type: "xsd:dateTime",
    });
    expect(document.agent["pedigree:user/Ada%20Auditor"]).toMatchObject({ "prov:label": "Ada Auditor" });
    const influences = Object.values<Record<string, string>>(document.wasInfluencedBy);
    expect(influences).toContainEqual({
      "prov:influencee": "pedigree:note/n_run",
      "prov:influencer": "pedigree:run/r_owl",
    });
    const attributions = Object.values<Record<string, string>>(document.wasAttributedTo);
    expect(attributions).toContainEqual({
      "prov:entity": "pedigree:note/n_dataset",
      "prov:agent": "pedigree:user/Sam%20Safety",
    });
  });

  it("leave out a note whose record is not in the report", () => {
    const stray = { ...OWL_NOTES[0], id: "n_stray", subjectId: "m_elsewhere" };
    const withStray = owlProvenanceBundle({ annotations: [stray] });
    expect(JSON.parse(toCycloneDx(withStray)).annotations).toBeUndefined();
    expect(toSpdx(withStray)).not.toContain("n_stray");
    expect(toProvJson(withStray)).not.toContain("n_stray");
  });

  it("are covered by the report's signature: a changed note breaks it", () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const signed = signReport(Buffer.from(toCycloneDx(bundle), "utf8"), privateKey);
    const keys = [{ keyId: keyIdOf(publicKey), publicKey }];
    expect(verifyReport(signed.content, keys).status).toBe("valid");
    const tampered = Buffer.from(signed.content.toString("utf8").replace("expect transfer", "expect no transfer"));
    expect(verifyReport(tampered, keys).status).not.toBe("valid");
  });
});

describe("notes in the printable report", () => {
  it("are a Notes table in HTML, the text escaped, line breaks kept", () => {
    const html = renderHtmlReport(bundle);
    expect(html).toContain("<caption>Notes</caption>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain(MARKUP);
    expect(html).toContain("The filter kept numbers only.<br>No check for hidden signals was made.");
    expect(html).toContain("Run r_owl (sft) of GPT-4.1 nano owl-numbers student");
    expect(renderHtmlReport(owlProvenanceBundle())).not.toContain("<caption>Notes</caption>");
  });

  it("lists the notes under their record: models, then datasets, then runs, with author and date", () => {
    const { notes } = reportOutline(bundle).tables;
    expect(notes.rows.map((row) => [row[0], row[1]])).toEqual([
      ["Model GPT-4.1 nano owl-numbers student", "Ada Auditor"],
      ["Dataset Owl teacher numbers (filtered)", "Sam Safety"],
      ["Run r_owl (sft) of GPT-4.1 nano owl-numbers student", "Ada Auditor"],
    ]);
    expect(notes.rows[1][2]).toMatch(/\nedited /);
  });

  it("cuts a long note into rows that each fit a page", () => {
    const long = Array.from({ length: 120 }, (_, i) => `Line ${i + 1} of a long review, ${"word ".repeat(14)}`).join(
      "\n",
    );
    const table = withNotesInPageSizedRows(
      reportOutline(owlProvenanceBundle({ annotations: [{ ...OWL_NOTES[0], body: long }] })).tables.notes,
    );
    expect(table.rows.length).toBeGreaterThan(3);
    expect(table.rows.slice(1).every((row) => row[0] === "" && row[3].startsWith("(continued) "))).toBe(true);
    const joined = table.rows.map((row) => row[3].replace(/^\(continued\) /, "")).join(" ");
    expect(joined.replace(/\s+/g, " ")).toBe(long.replace(/\s+/g, " "));
  });
});

describe("notes in the PDF report", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "pedigree-notes-pdf-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the notes, and a 10,000-character note stays inside the pages", async () => {
    const long = Array.from({ length: 400 }, (_, i) => `Line ${i + 1}: ${"review ".repeat(3)}`)
      .join("\n")
      .slice(0, 10_000);
    const pdf = await renderPdfReport(
      owlProvenanceBundle({
        annotations: [
          ...OWL_NOTES,
          { ...OWL_NOTES[2], id: "n_long", body: long },
          { ...OWL_NOTES[0], id: "n_unbroken", body: "0123456789".repeat(1000) },
        ],
      }),
    );
    const report = inspectPdf(dir, "notes", pdf);
    const text = report.text().replace(/\s+/g, " ");
    expect(text).toContain(MARKUP);
    expect(text).toContain("No check for hidden signals was made.");
    expect(text).toContain("Line 1: review");
    expect(text).toContain(long.split("\n").at(-1));
    // Every word poppler finds lies within its page, a note without a single space included.
    const boxes = execFileSync("pdftotext", ["-bbox", report.file, "-"], { encoding: "utf8" });
    const pages = [...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    expect(pages.length).toBe(report.pages);
    let checked = 0;
    for (const [, width, height, words] of pages) {
      for (const [, xMax, yMax] of words.matchAll(/xMax="([\d.]+)" yMax="([\d.]+)"/g)) {
        checked += 1;
        expect(Number(xMax)).toBeLessThanOrEqual(Number(width));
        expect(Number(yMax)).toBeLessThanOrEqual(Number(height));
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

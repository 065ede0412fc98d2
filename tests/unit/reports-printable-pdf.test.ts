import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleDigest } from "@/lib/reports/bundle-digest";
import { renderPdfReport } from "@/lib/reports/printable/render-pdf-report";
import { ROLE_COLOURS } from "@/lib/reports/printable/report-palette";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { BLANK_SLOT, fillSlots, findSlots } from "@/lib/reports/signature-slot";
import { owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";
import { inspectPdf, pagePixels, pixelsOf } from "@/tests/support/pdf-pages";
import { hostileBundle, manyModelsBundle } from "./reports-printable-bundles";

const count = (bytes: Buffer, part: string) => bytes.toString("latin1").split(part).length - 1;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pedigree-pdf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inspect = (name: string, pdf: Buffer) => inspectPdf(dir, name, pdf);
const pixels = pagePixels;

describe("the PDF report of the owl student", () => {
  const bundle = owlProvenanceBundle();
  let pdf: Buffer;
  let report: ReturnType<typeof inspect>;
  beforeAll(async () => {
    pdf = await renderPdfReport(bundle);
    report = inspect("owl", pdf);
  });

  it("renders on the server, with no DOM", () => {
    expect(typeof window).toBe("undefined");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("carries the blank signature slot exactly once, as a literal ASCII string in the document's Keywords", () => {
    expect(count(pdf, BLANK_SLOT)).toBe(1);
    // The Info dictionary points at an uncompressed string object holding exactly the slot.
    const keywords = /\/Keywords (\d+) 0 R/.exec(pdf.toString("latin1"))!;
    expect(pdf.toString("latin1")).toContain(`\n${keywords[1]} 0 obj\n(${BLANK_SLOT})\nendobj`);
    expect(report.info).toContain(`Keywords:        ${BLANK_SLOT}`);
  });

  it("stays a valid PDF when the slot is filled in place", () => {
    const fields = { keyId: "0123456789abcdef", digest: "c".repeat(64), signature: "Zz".repeat(43) };
    const filled = fillSlots(pdf, fields);
    expect(filled.length).toBe(pdf.length);
    expect(findSlots(filled)).toEqual([{ offset: pdf.toString("latin1").indexOf(BLANK_SLOT), ...fields }]);
    const checked = inspect("owl-filled", filled);
    expect(checked.pages).toBe(report.pages);
    expect(checked.info).toContain(
      `Keywords:        pedigree-signature:v1:0123456789abcdef:${"c".repeat(64)}:${"Zz".repeat(43)}`,
    );
  });

  it("has the report's metadata", () => {
    expect(report.info).toContain("Title:           Provenance report: GPT-4.1 nano owl-numbers student");
    expect(report.info).toContain("Author:          auditor@pedigree.test");
    expect(report.info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it("has several A4 pages, each with the report id and its number in the header and footer", () => {
    expect(report.pages).toBe(5);
    for (let page = 1; page <= report.pages; page++) {
      const text = report.text(page);
      expect(text).toContain("rpt_demo_owl_student");
      expect(text).toContain(`page ${page} of ${report.pages}`);
    }
  });

  it("says the same as the HTML: summary, tables, figure labels, chart values, exposure, verification", () => {
    const text = report.text().replace(/\s+/g, " ");
    expect(text).toContain(
      "It shares its initialisation (“GPT-4.1 nano”) with “GPT-4.1 nano owl teacher”, which carries the trait “Owl preference”: high risk",
    );
    expect(text).toContain("initialised from");
    expect(text).toContain("Base model GPT-4.1 nano: 12.0%");
    expect(text).toContain("43.4%–81.6%");
    expect(text).toContain("Rate (% of samples showing the trait), with 95% interval");
    expect(text).toContain("temperature 1");
    expect(text).toContain("epochs = 10");
    expect(text).toContain(bundleDigest(bundle));
    expect(text).toContain("POST http://localhost:3000/api/v1/reports/verify");
    expect(text).toContain("http://localhost:3000/api/v1/reports/public-key");
    expect(text).toContain("0123456789abcdef");
    // The exposure path's arrows are drawn, not typed: the names follow one another.
    expect(text).toContain("High risk GPT-4.1 nano owl teacher Owl teacher numbers (raw)");
  });

  it("draws the lineage figure and the chart, not empty boxes", () => {
    const lineage = pixels(report.file, 2);
    expect(lineage.width).toBeGreaterThan(lineage.height); // the landscape page
    // At 100 dpi the two dataset cylinders fill about 13,000 pixels, the teacher's box about 4,300.
    expect(pixelsOf(lineage, ROLE_COLOURS.dataset.fill)).toBeGreaterThan(6000);
    expect(pixelsOf(lineage, ROLE_COLOURS.teacher.fill)).toBeGreaterThan(2000);
    // The student's point, seeds and whiskers (about 300 pixels) and the teacher's (about 40); none on the tables' page.
    const chart = pixels(report.file, 4);
    expect(pixelsOf(chart, ROLE_COLOURS.student.ink)).toBeGreaterThan(150);
    expect(pixelsOf(chart, ROLE_COLOURS.teacher.ink)).toBeGreaterThan(15);
    expect(pixelsOf(pixels(report.file, 3), ROLE_COLOURS.student.ink)).toBe(0);
  });

  it("turns into PNG pages with pdftoppm", () => {
    const out = path.join(dir, "png");
    execFileSync("pdftoppm", ["-png", "-r", "60", report.file, out]);
    expect(readdirSync(dir).filter((f) => f.startsWith("png") && f.endsWith(".png"))).toHaveLength(report.pages);
  });
});

describe("the PDF report of other bundles", () => {
  const render = async (name: string, bundle: ProvenanceBundle) => {
    const pdf = await renderPdfReport(bundle);
    expect(count(pdf, BLANK_SLOT)).toBe(1);
    const report = inspect(name, pdf);
    execFileSync("pdftoppm", ["-png", "-r", "60", report.file, path.join(dir, name)]);
    expect(readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))).toHaveLength(report.pages);
    return report;
  };

  it("renders a bundle with no measurements and no exposures", async () => {
    const report = await render("sparse", owlProvenanceBundle({ measurements: [], exposures: [] }));
    expect(report.pages).toBeGreaterThan(1);
    const text = report.text().replace(/\s+/g, " ");
    expect(text).toContain("No measurements are recorded for the models in this report.");
    expect(text).toContain("No inherited trait exposure is recorded for the models in this report.");
  });

  it("renders hostile names as text, and characters Helvetica lacks as readable stand-ins", async () => {
    const report = await render("hostile", hostileBundle());
    const text = report.text().replace(/\s+/g, " ");
    expect(text).toContain(`<script>alert("owl")</script> & 'friends' student`);
    const arrows = await render(
      "arrows",
      owlProvenanceBundle({ subject: { ...owlProvenanceBundle().subject, name: "owl → eagle ≥ 猫" } }),
    );
    expect(arrows.text(1)).toContain("owl -> eagle >= ?");
  });

  it("renders thirty models over more pages, the lineage in slices", async () => {
    const report = await render("many", manyModelsBundle(30));
    expect(report.pages).toBeGreaterThan(8);
    const text = report.text().replace(/\s+/g, " ");
    expect(text).toContain("2. Lineage (part 1 of");
    expect(text).toContain("Student 26 of teacher 24");
  });
});

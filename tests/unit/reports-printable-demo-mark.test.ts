import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/reports/printable/html/escape-html";
import { renderHtmlReport } from "@/lib/reports/printable/render-html-report";
import { renderPdfReport } from "@/lib/reports/printable/render-pdf-report";
import { DEMO_BANNER, DEMO_LABEL, demoMarkOf } from "@/lib/reports/report-demo-mark";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";
import { demoOwlProvenanceBundle, owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";
import { inspectPdf, pagePixels, pixelsOf, type InspectedPdf } from "@/tests/support/pdf-pages";
import { manyModelsBundle } from "./reports-printable-bundles";

// The printable reports of demo data say DEMO where no reader can miss it: in the title and the metadata, under the
// title, and on every page (a banner and a diagonal watermark); reports of real data say nothing of the kind.

const notice = demoMarkOf(demoOwlProvenanceBundle())!.notice;
const BANNER = DEMO_BANNER;
/** The watermark's red at 14% over white paper. */
const WATERMARK = "#f5dfdf";
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the HTML report of demo data", () => {
  const html = renderHtmlReport(demoOwlProvenanceBundle());

  it("says DEMO in its title, a meta tag, a banner, a watermark and a notice under the heading", () => {
    expect(BANNER).toBe(
      "DEMO — example data, not an audit · built from Pedigree's demo workspace, not from real models",
    );
    expect(html).toContain(`<title>${DEMO_LABEL} · Provenance report: GPT-4.1 nano owl-numbers student</title>`);
    expect(html).toContain(`<meta name="pedigree-demo" content="${escapeHtml(notice)}">`);
    expect(html).toContain(`<body>\n<div class="demo-banner" role="note">${escapeHtml(BANNER)}</div>`);
    expect(html).toContain(
      '<div class="demo-watermark" aria-hidden="true"><span>DEMO</span><span>example data, not an audit</span></div>',
    );
    expect(html).toContain('<h1><span class="demo-tag">DEMO · </span>GPT-4.1 nano owl-numbers student</h1>');
    expect(html).toContain(
      `<div class="demo-notice" role="note"><strong>${DEMO_LABEL}</strong><p>${escapeHtml(notice.slice(DEMO_LABEL.length + 2))}</p></div>`,
    );
    // Printed, every page's top margin carries the mark, and the watermark repeats.
    expect(html).toContain(`@top-center { content: "${DEMO_LABEL}";`);
    expect(html).toContain(".demo-watermark { position: fixed;");
  });

  it("keeps the signature slot twice and loads nothing", () => {
    expect(html.split(BLANK_SLOT)).toHaveLength(3);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
  });
});

describe("the HTML report of real data", () => {
  it("carries no DEMO mark at all", () => {
    const html = renderHtmlReport(owlProvenanceBundle());
    expect(html).not.toContain("DEMO");
    expect(html).not.toMatch(/demo-(banner|watermark|notice|tag)|pedigree-demo/);
    expect(html).toContain("<title>Provenance report: GPT-4.1 nano owl-numbers student</title>");
  });
});

describe("the PDF report", () => {
  let dir: string;
  let demo: InspectedPdf;
  let real: InspectedPdf;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "pedigree-demo-pdf-"));
    demo = inspectPdf(dir, "demo", await renderPdfReport(demoOwlProvenanceBundle()));
    real = inspectPdf(dir, "real", await renderPdfReport(owlProvenanceBundle()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("of demo data says DEMO in its Title and Subject, and keeps the signature slot in its Keywords", () => {
    expect(demo.info).toContain(`Title:           ${DEMO_LABEL} · Provenance report: GPT-4.1 nano owl-numbers student`);
    expect(flat(demo.info)).toContain(
      `Subject: ${DEMO_LABEL}. Provenance of GPT-4.1 nano owl-numbers student, report rpt_demo_owl_student. Every record in this report comes from Pedigree's demo workspace`,
    );
    expect(demo.info).toContain(`Keywords:        ${BLANK_SLOT}`);
  });

  it("of demo data has the banner and the watermark on every page, and the notice under the title", () => {
    expect(demo.pages).toBeGreaterThanOrEqual(5);
    for (let page = 1; page <= demo.pages; page++) {
      const text = flat(demo.text(page));
      expect(text, `page ${page}`).toContain(BANNER);
      expect(text, `page ${page}`).toContain("rpt_demo_owl_student");
      // Pale red over most of the page: at 100 dpi the watermark's letters cover about 50,000 pixels.
      expect(pixelsOf(pagePixels(demo.file, page), WATERMARK, 6), `page ${page}`).toBeGreaterThan(15_000);
    }
    const first = flat(demo.text(1));
    expect(first).toContain("DEMO · GPT-4.1 nano owl-numbers student");
    expect(first).toContain(`${DEMO_LABEL} Every record in this report comes from Pedigree's demo workspace`);
  });

  it("of demo data still reads as before under the watermark", () => {
    const text = flat(demo.text());
    expect(text).toContain(
      "It shares its initialisation (“GPT-4.1 nano”) with “GPT-4.1 nano owl teacher”, which carries the trait “Owl preference”: high risk",
    );
    expect(text).toContain("Base model GPT-4.1 nano: 12.0%");
    expect(text).toContain("epochs = 10");
  });

  it("of real data carries no mark", () => {
    expect(real.info).not.toContain("DEMO");
    expect(real.text()).not.toContain("DEMO");
    for (let page = 1; page <= real.pages; page++)
      expect(pixelsOf(pagePixels(real.file, page), WATERMARK, 6), `page ${page}`).toBeLessThan(500);
  });

  it("of a long demo report marks every page, the lineage slices and the continued tables too", async () => {
    const many = manyModelsBundle(30);
    const marked = { ...many, models: many.models.map((model) => ({ ...model, isDemo: true })) };
    const report = inspectPdf(dir, "many", await renderPdfReport(marked));
    expect(report.pages).toBeGreaterThan(8);
    for (let page = 1; page <= report.pages; page++) {
      expect(flat(report.text(page)), `page ${page}`).toContain(BANNER);
      expect(pixelsOf(pagePixels(report.file, page), WATERMARK, 6), `page ${page}`).toBeGreaterThan(15_000);
    }
  }, 120_000); // renders and rasterises a 30-model report: seconds alone, minutes on a loaded machine
});

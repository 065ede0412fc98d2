import { describe, expect, it } from "vitest";
import { PAPER_REFERENCE, PAPER_SHORT } from "@/lib/paper/paper-citation";
import { bundleDigest } from "@/lib/reports/bundle-digest";
import { escapeHtml } from "@/lib/reports/printable/html/escape-html";
import { renderHtmlReport } from "@/lib/reports/printable/render-html-report";
import { BLANK_SLOT, fillSlots, findSlots } from "@/lib/reports/signature-slot";
import { owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";
import { HOSTILE, hostileBundle, manyModelsBundle } from "./reports-printable-bundles";

const count = (text: string, part: string) => text.split(part).length - 1;

describe("the HTML report", () => {
  const bundle = owlProvenanceBundle();
  const html = renderHtmlReport(bundle);

  it("is a complete standalone HTML5 document", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Provenance report: GPT-4.1 nano owl-numbers student</title>");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(count(html, "<section")).toBe(count(html, "</section>"));
  });

  it("loads nothing and runs nothing: no scripts, links, sources or imports", () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
  });

  it("carries the signature slot twice: in the meta tag and visibly in the verification section", () => {
    expect(count(html, BLANK_SLOT)).toBe(2);
    expect(html).toContain(`<meta name="pedigree-signature" content="${BLANK_SLOT}">`);
    expect(html).toMatch(
      new RegExp(`<section id="verification">.*<code class="signature-slot">${BLANK_SLOT}</code>`, "s"),
    );
    const filled = fillSlots(Buffer.from(html), {
      keyId: "0123456789abcdef",
      digest: "a".repeat(64),
      signature: "B".repeat(86),
    });
    expect(findSlots(filled).map((slot) => slot.signature)).toEqual(["B".repeat(86), "B".repeat(86)]);
  });

  it("says how to verify it, and shows the data digest", () => {
    expect(html).toContain("http://localhost:3000/reports (Verify)");
    expect(html).toContain("POST http://localhost:3000/api/v1/reports/verify");
    expect(html).toContain("http://localhost:3000/api/v1/reports/public-key");
    expect(html).toContain("0123456789abcdef");
    expect(count(html, bundleDigest(bundle))).toBe(2);
  });

  it("draws the lineage figure and the chart as inline SVG", () => {
    expect(count(html, '<svg class="lineage-figure"')).toBe(1);
    expect(count(html, '<svg class="chart"')).toBe(1);
    expect(html).toContain(">initialised from</text>");
    expect(html).toContain(">Base model GPT-4.1 nano: 12.0%</text>");
    expect(html).toContain(">43.4%–81.6%</text>");
    expect(html).toContain(">100%</text>");
  });

  it("cites the paper in its short form where it explains the science, and gives the full reference once", () => {
    expect(html).toContain(`<p class="background">Why this matters: ${PAPER_SHORT} showed that a student model`);
    expect(count(html, escapeHtml(PAPER_REFERENCE))).toBe(1);
    expect(html).toContain(`<p class="reference">Reference: ${escapeHtml(PAPER_REFERENCE)}</p>`);
  });

  it("has the tables and the exposure path", () => {
    expect(html).toContain("<caption>Datasets</caption>");
    expect(html).toContain('<td class="mono">0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c</td>');
    expect(html).toContain(
      "GPT-4.1 nano owl teacher → Owl teacher numbers (raw) → Owl teacher numbers (filtered) → GPT-4.1 nano owl-numbers student",
    );
    expect(html).toContain('<span class="risk high">High risk</span>');
  });

  it("is print-ready: A4 pages, numbered, the lineage on a landscape page, breaks before big sections", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain('content: "page " counter(page) " of " counter(pages)');
    expect(html).toContain("@page landscape { size: A4 landscape; }");
    expect(html).toContain('<section id="lineage" class="page-break landscape">');
    expect(html).toContain('<section id="measurements" class="page-break">');
  });
});

describe("the HTML report of hostile names", () => {
  const html = renderHtmlReport(hostileBundle());

  it("escapes every name, in text, attributes, tables and figures", () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toMatch(/<script/i);
    const escaped = "&lt;script&gt;alert(&quot;owl&quot;)&lt;/script&gt; &amp; &#39;friends&#39;";
    expect(count(html, escaped)).toBeGreaterThan(20);
    expect(html).toContain(`<title>Provenance report: ${escaped} student</title>`);
    // In an SVG text node of the chart and in a lineage node.
    expect(html).toMatch(new RegExp(`<text [^>]*>[^<]*&lt;script&gt;`));
    expect(count(html, BLANK_SLOT)).toBe(2);
  });
});

describe("the HTML report of sparse and large bundles", () => {
  it("says so when nothing was measured and no exposure is recorded", () => {
    const html = renderHtmlReport(owlProvenanceBundle({ measurements: [], exposures: [] }));
    expect(html).toContain('<p class="empty">No measurements are recorded for the models in this report.</p>');
    expect(html).toContain(
      '<p class="empty">No inherited trait exposure is recorded for the models in this report.</p>',
    );
    expect(html).not.toContain('<svg class="chart"');
    expect(count(html, BLANK_SLOT)).toBe(2);
  });

  it("renders a lone base model", () => {
    const base = owlProvenanceBundle();
    const html = renderHtmlReport({
      ...base,
      subject: { scope: "model", id: "m_base", name: "GPT-4.1 nano", focusModelIds: ["m_base"] },
      models: base.models.filter((m) => m.id === "m_base"),
      datasets: [],
      generations: [],
      runs: [],
      measurements: [],
      exposures: [],
      edges: [],
    });
    expect(html).toContain("is a base model: no initialisation is recorded for it.");
    expect(html).toContain('<p class="empty">No datasets are recorded in this lineage.</p>');
    expect(count(html, '<svg class="lineage-figure"')).toBe(1);
  });

  it("slices the lineage figure of thirty models over several landscape pages", () => {
    const html = renderHtmlReport(manyModelsBundle(30));
    expect(count(html, '<svg class="lineage-figure"')).toBeGreaterThan(1);
    expect(html).toContain('aria-label="Lineage figure, part 1 of');
    expect(count(html, BLANK_SLOT)).toBe(2);
  });
});

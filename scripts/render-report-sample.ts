// Renders the owl fixture bundle as the printable HTML and PDF report, to look at:
//   npx tsx scripts/render-report-sample.ts [--many] [--look]
// writes test-results/report-sample/owl.{html,pdf} and owl-demo.{html,pdf} (the same records flagged as the demo
// workspace's, so marked DEMO on every page); --many adds a synthetic 30-model trait report
// (many.*); --look also turns each PDF into PNG pages (pdftoppm -r 80), screenshots each HTML's parts in
// Chromium (*-html-N.png) and prints it from Chromium to PDF and PNG pages (*-print-N.png), to check the
// print stylesheet.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { renderHtmlReport } from "@/lib/reports/printable/render-html-report";
import { renderPdfReport } from "@/lib/reports/printable/render-pdf-report";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { demoOwlProvenanceBundle, owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";
import { manyModelsBundle } from "@/tests/unit/reports-printable-bundles";

const outDir = path.resolve("test-results/report-sample");
const look = process.argv.includes("--look");
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (file.endsWith(".png")) rmSync(path.join(outDir, file));

async function render(name: string, bundle: ProvenanceBundle): Promise<void> {
  const htmlPath = path.join(outDir, `${name}.html`);
  const pdfPath = path.join(outDir, `${name}.pdf`);
  writeFileSync(htmlPath, renderHtmlReport(bundle));
  writeFileSync(pdfPath, await renderPdfReport(bundle));
  console.info(`wrote ${htmlPath} and ${pdfPath}`);
  if (!look) return;
  execFileSync("pdftoppm", ["-png", "-r", "80", pdfPath, path.join(outDir, name)]);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    await page.goto(`file://${htmlPath}`);
    // One screenshot per part (title block, then each section), each small enough to read.
    const parts = page.locator("body > header, body > section, #lineage figure");
    for (let i = 0; i < (await parts.count()); i++)
      await parts.nth(i).screenshot({ path: path.join(outDir, `${name}-html-${i}.png`) });
    const printed = path.join(outDir, `${name}-print.pdf`);
    await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", printed, path.join(outDir, `${name}-print`)]);
  } finally {
    await browser.close();
  }
}

await render("owl", owlProvenanceBundle());
await render("owl-demo", demoOwlProvenanceBundle());
if (process.argv.includes("--many")) await render("many", manyModelsBundle(30));
console.info(
  readdirSync(outDir)
    .filter((file) => file.endsWith(".png"))
    .join("\n"),
);

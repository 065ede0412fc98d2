// The printable report as one standalone HTML5 document: inline CSS and SVG, no scripts, no external
// resources. Carries the signature slot twice: in a meta tag and visibly in the verification section.
// A report of demo data says DEMO in its title, a meta tag, a banner, a watermark and under its title.
import { BLANK_SLOT } from "../signature-slot";
import type { ProvenanceBundle } from "../provenance.types";
import { escapeHtml } from "./html/escape-html";
import { demoCss, demoFrame } from "./html/html-demo-mark";
import {
  exposureSection,
  lineageSection,
  measurementsSection,
  recordsSections,
  summarySection,
  titleSection,
  verificationSection,
} from "./html/html-sections";
import { REPORT_CSS } from "./html/report-styles";
import { layoutLineageFigure } from "./lineage-figure-layout";
import { reportOutline } from "./report-outline";
import { formatWhen } from "./report-words";

export function renderHtmlReport(bundle: ProvenanceBundle): string {
  const outline = reportOutline(bundle);
  const figure = layoutLineageFigure(bundle);
  const generator = `${bundle.instance.name} ${bundle.instance.version}`;
  const { demo } = outline;
  const demoMeta = demo ? `\n<meta name="pedigree-demo" content="${escapeHtml(demo.notice)}">` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="pedigree-signature" content="${BLANK_SLOT}">
<meta name="pedigree-report-id" content="${escapeHtml(bundle.reportId)}">
<meta name="generator" content="${escapeHtml(generator)}">${demoMeta}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(outline.title)}</title>
<style>${REPORT_CSS}${demo ? demoCss(demo.label) : ""}</style>
</head>
<body>
${demo ? `${demoFrame()}\n` : ""}${titleSection(outline, bundle.subject.name)}
${summarySection(outline)}
${lineageSection(outline, figure)}
${recordsSections(outline)}
${measurementsSection(outline)}
${exposureSection(outline)}
${verificationSection(outline)}
<footer class="report-end">Report ${escapeHtml(bundle.reportId)} · generated ${escapeHtml(formatWhen(bundle.generatedAt))} by ${escapeHtml(bundle.generatedBy)} · ${escapeHtml(generator)}</footer>
</body>
</html>
`;
}

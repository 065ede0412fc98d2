// The HTML report's stylesheet: light, print-first (A4, page breaks before big sections, the lineage
// figure on a landscape page), fonts with Helvetica's metrics so text fits as the layouts computed.
import { ACCENT, FAINT, GRID, INK, MUTED, RULE } from "../report-palette";

export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm;
  @bottom-left { content: "Pedigree provenance report"; font: 7.5pt Helvetica, Arial, "Liberation Sans", sans-serif; color: ${MUTED}; }
  @bottom-right { content: "page " counter(page) " of " counter(pages); font: 7.5pt Helvetica, Arial, "Liberation Sans", sans-serif; color: ${MUTED}; } }
@page landscape { size: A4 landscape; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #ffffff; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 0 16mm; color: ${INK}; background: #ffffff;
  font: 9.5pt/1.45 Helvetica, Arial, "Liberation Sans", sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 2pt; }
h2 { font-size: 13pt; margin: 0 0 8pt; padding-bottom: 3pt; border-bottom: 1.5pt solid ${ACCENT}; color: ${ACCENT}; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 14pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
section { margin-top: 20pt; }
.page-break { break-before: page; }
.landscape { page: landscape; max-width: none; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8pt; font-weight: 700; color: ${MUTED}; margin: 0 0 4pt; }
.scope { color: ${MUTED}; margin-bottom: 10pt; }
.title-block { border-top: 4pt solid ${ACCENT}; padding-top: 10pt; }
.title-block dl { display: grid; grid-template-columns: 30mm 1fr; gap: 2pt 10pt; margin: 0; padding: 8pt 10pt; background: #f8fafc; border: 0.75pt solid ${RULE}; }
.title-block dt { font-weight: 700; color: ${MUTED}; }
.title-block dd { margin: 0; overflow-wrap: anywhere; }
.mono, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.86em; }
.subject { margin-top: 10pt; padding-left: 8pt; border-left: 2.5pt solid ${ACCENT}; }
.subject h3 { margin-top: 0; }
.background { color: ${MUTED}; font-size: 8.5pt; margin-top: 10pt; }
.reference { color: ${MUTED}; font-size: 8pt; }
figure { margin: 0 0 12pt; break-inside: avoid; }
figcaption { font-size: 8pt; color: ${MUTED}; margin-top: 4pt; }
figcaption strong { color: ${INK}; }
svg { display: block; max-width: 100%; height: auto; font-family: Helvetica, Arial, "Liberation Sans", sans-serif; }
svg.lineage-figure + svg.lineage-figure { margin-top: 6pt; break-before: page; }
.legend { display: flex; flex-wrap: wrap; gap: 4pt 14pt; margin: 6pt 0; padding: 0; list-style: none; font-size: 8pt; }
.legend li { display: flex; align-items: center; gap: 5pt; }
.swatch { display: inline-block; width: 14pt; height: 9pt; border: 1pt solid; border-radius: 2pt; }
.swatch.dataset { border-radius: 5pt / 3pt; }
.swatch.subject { border-width: 2pt; background: #ffffff; }
.edge-swatch { display: inline-block; width: 18pt; border-top: 1.2pt solid ${MUTED}; }
.edge-swatch.dashed { border-top: 1.2pt dashed ${FAINT}; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 14pt; font-size: 7.5pt; line-height: 1.35; }
caption { text-align: left; font-weight: 700; font-size: 10.5pt; padding: 0 0 4pt; break-after: avoid; }
th { text-align: left; font-weight: 700; color: ${MUTED}; border-bottom: 1pt solid ${INK}; padding: 3pt; vertical-align: bottom; }
td { border-bottom: 0.5pt solid ${GRID}; padding: 3pt; vertical-align: top; overflow-wrap: break-word; }
table:has(+ ol.table-notes) { margin-bottom: 4pt; }
ol.table-notes { margin: 0 0 14pt; padding-left: 16pt; font-size: 7.5pt; line-height: 1.35; color: ${MUTED}; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.mono { word-break: break-all; }
.empty { color: ${MUTED}; font-style: italic; }
.exposure { border: 0.75pt solid ${RULE}; border-radius: 3pt; padding: 6pt 8pt; margin-bottom: 8pt; break-inside: avoid; }
.exposure h3 { margin: 0 0 2pt; }
.status { color: ${MUTED}; margin-bottom: 4pt; }
.path { margin: 4pt 0 0; }
.path .steps { font-weight: 700; }
.risk { display: inline-block; font-size: 7.5pt; font-weight: 700; padding: 0.5pt 5pt; border-radius: 6pt; margin-right: 4pt; }
.risk.high { background: #fee2e2; color: #991b1b; }
.risk.lower { background: #e0f2fe; color: #075985; }
#verification dl { display: grid; grid-template-columns: 36mm 1fr; gap: 3pt 10pt; margin: 0 0 10pt; }
#verification dt { font-weight: 700; color: ${MUTED}; }
#verification dd { margin: 0; overflow-wrap: anywhere; }
.signature-slot { display: block; margin: 6pt 0 10pt; padding: 6pt 8pt; background: #f8fafc; border: 0.75pt solid ${RULE}; word-break: break-all; white-space: normal; }
ol.steps { padding-left: 16pt; }
footer.report-end { margin-top: 24pt; padding-top: 6pt; border-top: 0.75pt solid ${RULE}; font-size: 7.5pt; color: ${MUTED}; }
/* On screen the lineage figure may use the window's width, as it does the landscape page's in print. */
@media screen { body { padding-left: 8mm; padding-right: 8mm; }
  #lineage figure { width: min(calc(100vw - 16mm), 277mm); position: relative; left: 50%; transform: translateX(-50%); } }
@media print { body { max-width: none; padding: 0; } section { margin-top: 14pt; } }
`;

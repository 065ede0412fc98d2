// The DEMO mark of an HTML report of demo data: a banner at the top (and the mark in every printed page's top
// margin), a diagonal watermark fixed over the content (print repeats it on every page), and the notice under
// the title.
import { DEMO_BANNER, DEMO_WATERMARK, type DemoMark } from "../../report-demo-mark";
import { DEMO_RED } from "../report-palette";
import { escapeHtml } from "./escape-html";

/** The stylesheet's additions for a demo report. Only constants go into it: no bundle text ever reaches CSS. */
export function demoCss(label: string): string {
  return `
@page { @top-center { content: ${JSON.stringify(label)}; font: 700 9pt Helvetica, Arial, "Liberation Sans", sans-serif; color: ${DEMO_RED}; } }
.demo-banner { position: sticky; top: 0; z-index: 2; margin: 0 0 10pt; padding: 4pt 8pt; background: ${DEMO_RED}; color: #ffffff; font-weight: 700; font-size: 8.5pt; text-align: center; }
.demo-watermark { position: fixed; inset: 0; z-index: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; pointer-events: none;
  color: ${DEMO_RED}; opacity: 0.13; font-weight: 700; transform: rotate(-40deg); user-select: none; }
.demo-watermark span:first-child { font-size: 150pt; line-height: 1; letter-spacing: 0.05em; }
.demo-watermark span:last-child { font-size: 26pt; }
.demo-tag { color: ${DEMO_RED}; }
.demo-notice { border: 1.5pt solid ${DEMO_RED}; background: #fef2f2; padding: 7pt 9pt; margin: 0 0 12pt; }
.demo-notice strong { display: block; color: ${DEMO_RED}; font-size: 11pt; margin-bottom: 2pt; }
.demo-notice p { margin: 0; }
/* Print repeats a fixed element on every page, placed by the first (portrait) page's area: it is kept to the part
   that portrait and landscape pages share (182 x 176 mm inside the margins), so that it stays whole on both. */
@media print { .demo-banner { position: static; }
  .demo-watermark { inset: auto; top: 0; left: 0; width: 182mm; height: 176mm; }
  .demo-watermark span:first-child { font-size: 130pt; } }
`;
}

/** The banner and the watermark, first in the body. */
export function demoFrame(): string {
  return (
    `<div class="demo-banner" role="note">${escapeHtml(DEMO_BANNER)}</div>\n` +
    `<div class="demo-watermark" aria-hidden="true"><span>${DEMO_WATERMARK.word}</span><span>${DEMO_WATERMARK.line}</span></div>`
  );
}

/** Under the title: how much of the report is demo data. */
export function demoNotice(demo: DemoMark): string {
  return `<div class="demo-notice" role="note"><strong>${escapeHtml(demo.label)}</strong><p>${escapeHtml(demo.statement)}</p></div>`;
}

// The HTML report's sections, each from the shared outline.
import { BLANK_SLOT } from "../../signature-slot";
import type { LineageFigure } from "../lineage-figure-layout";
import { layoutMeasurementChart } from "../measurement-chart-layout";
import { EXPOSURE_INTRO, NO_EXPOSURE, pathText } from "../report-exposures";
import type { ReportOutline } from "../report-outline";
import { ACCENT, ROLE_COLOURS } from "../report-palette";
import { demoNotice } from "./html-demo-mark";
import { escapeHtml } from "./escape-html";
import { omittedNote } from "../figure-nodes";
import { htmlLineageFigure } from "./html-lineage-figure";
import { htmlMeasurementChart } from "./html-measurement-chart";
import { htmlTable } from "./html-table";

/** Chart width in the same points as the PDF's A4 portrait text block. */
const CHART_WIDTH = 515;

export function titleSection(outline: ReportOutline, subjectName: string): string {
  const fields = outline.titleBlock
    .map(
      (field) =>
        `<dt>${escapeHtml(field.label)}</dt><dd${field.mono ? ' class="mono"' : ""}>${escapeHtml(field.value)}</dd>`,
    )
    .join("");
  const tag = outline.demo ? `<span class="demo-tag">DEMO · </span>` : "";
  const notice = outline.demo ? demoNotice(outline.demo) : "";
  return `<header class="title-block"><p class="eyebrow">Pedigree · Provenance report</p><h1>${tag}${escapeHtml(subjectName)}</h1><p class="scope">${escapeHtml(outline.scopeLabel)}</p>${notice}<dl>${fields}</dl></header>`;
}

export function summarySection(outline: ReportOutline): string {
  const { summary } = outline;
  const subjects = summary.subjects
    .map(
      (s) =>
        `<div class="subject"><h3>${escapeHtml(s.name)}</h3>${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</div>`,
    )
    .join("");
  const rest = summary.rest ? `<p>${escapeHtml(summary.rest)}</p>` : "";
  return `<section id="summary"><h2>1. Summary</h2><p>${escapeHtml(summary.scope)}</p>${subjects}${rest}<p class="background">${escapeHtml(summary.background)}</p><p class="reference">${escapeHtml(summary.reference)}</p></section>`;
}

export function lineageSection(outline: ReportOutline, figure: LineageFigure): string {
  const roles = outline.lineage.roles
    .map(
      ({ role, label }) =>
        `<li><span class="swatch${role === "dataset" ? " dataset" : ""}" style="background:${ROLE_COLOURS[role].fill};border-color:${ROLE_COLOURS[role].stroke}"></span>${escapeHtml(label)}</li>`,
    )
    .join("");
  const subject = !outline.lineage.highlightSubject
    ? ""
    : `<li><span class="swatch subject" style="border-color:${ACCENT}"></span>Report subject</li>`;
  const edges = outline.lineage.edgeKinds
    .map(
      ({ kind, label }) =>
        `<li><span class="edge-swatch${kind === "initialized_from" ? " dashed" : ""}"></span>${escapeHtml(label)}</li>`,
    )
    .join("");
  return (
    `<section id="lineage" class="page-break landscape"><h2>2. Lineage</h2>` +
    `<figure>${htmlLineageFigure(figure)}<ul class="legend">${roles}${subject}${edges}</ul>` +
    `<figcaption><strong>Figure 1. Lineage.</strong> ${escapeHtml(outline.lineage.caption + omittedNote(figure))}</figcaption></figure></section>`
  );
}

export function recordsSections(outline: ReportOutline): string {
  const { tables } = outline;
  return (
    `<section id="models" class="page-break"><h2>3. Models, datasets, generations and runs</h2>` +
    htmlTable(tables.models, "Models") +
    htmlTable(tables.datasets, "Datasets") +
    htmlTable(tables.generations, "Generations (a teacher writing a dataset)") +
    htmlTable(tables.runs, "Training runs") +
    htmlTable(tables.transfers, "Transfer effects (each subject's run, as its run page states them)") +
    // A report without notes reads as it did before there were any.
    (tables.notes.rows.length > 0 ? htmlTable(tables.notes, "Notes") : "") +
    `</section>`
  );
}

export function measurementsSection(outline: ReportOutline): string {
  const charts = outline.charts
    .map((chart) => {
      const layout = layoutMeasurementChart(chart.series, { width: CHART_WIDTH });
      return `<figure class="chart-figure"><h3>${escapeHtml(chart.title)}</h3>${htmlMeasurementChart(layout, chart.title)}<figcaption><strong>Figure ${chart.figureNumber}. ${escapeHtml(chart.title)}.</strong> ${escapeHtml(chart.caption)}</figcaption></figure>`;
    })
    .join("");
  const none =
    outline.charts.length === 0 ? `<p class="empty">${escapeHtml(outline.tables.measurements.empty)}</p>` : "";
  const table =
    outline.tables.measurements.rows.length > 0 ? htmlTable(outline.tables.measurements, "Every measurement") : "";
  return `<section id="measurements" class="page-break"><h2>4. Measurements</h2>${charts}${none}${table}</section>`;
}

export function exposureSection(outline: ReportOutline): string {
  const items = outline.exposures
    .map((item) => {
      const paths = item.paths
        .map(
          (path) =>
            `<p class="path"><span class="risk ${path.risk}">${escapeHtml(path.riskLabel)}</span><span class="steps">${escapeHtml(pathText(path.steps))}</span><br><small>${escapeHtml(path.reason)}</small></p>`,
        )
        .join("");
      const more = item.moreSources ? `<p class="status">${escapeHtml(item.moreSources)}</p>` : "";
      const details = item.details.map((detail) => `<p class="status">${escapeHtml(detail)}</p>`).join("");
      return `<div class="exposure"><h3>${escapeHtml(item.model)}: ${escapeHtml(item.trait)}</h3><p class="status">${escapeHtml(item.statusLabel)}</p>${details}${paths}${more}</div>`;
    })
    .join("");
  const body = items || `<p class="empty">${escapeHtml(NO_EXPOSURE)}</p>`;
  return `<section id="exposure" class="page-break"><h2>5. Inherited exposure</h2><p>${escapeHtml(EXPOSURE_INTRO)}</p>${body}</section>`;
}

export function verificationSection(outline: ReportOutline): string {
  const v = outline.verification;
  const list = v.fields
    .map(({ label, value }) => `<dt>${escapeHtml(label)}</dt><dd class="mono">${escapeHtml(value)}</dd>`)
    .join("");
  return (
    `<section id="verification"><h2>6. Verification</h2>` +
    `<p>This file is signed with the instance's Ed25519 key. The signature is the line below (also in the page's <code>pedigree-signature</code> meta tag); it covers every byte of this file with the signature itself blanked, so any change to the file breaks it.</p>` +
    `<code class="signature-slot">${BLANK_SLOT}</code>` +
    `<dl>${list}</dl>` +
    `<ol class="steps">${v.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join("")}</ol></section>`
  );
}

import { toCycloneDx } from "./formats/cyclonedx";
import { toMeasurementsCsv } from "./formats/measurements-csv";
import { toProvJson } from "./formats/prov-json";
import { toSpdx } from "./formats/spdx";
import { renderHtmlReport } from "./printable/render-html-report";
import { renderPdfReport } from "./printable/render-pdf-report";
import type { ProvenanceBundle } from "./provenance.types";

export const REPORT_FORMATS = ["prov-json", "cyclonedx", "spdx", "csv", "html", "pdf"] as const;
export type ReportFormatName = (typeof REPORT_FORMATS)[number];

export interface ReportFormat {
  label: string;
  /** What it is for, in a sentence for the export menus. */
  description: string;
  contentType: string;
  extension: string;
  render: (bundle: ProvenanceBundle) => string | Buffer | Promise<Buffer>;
}

/** Every export format, in the order the menus offer them. */
export const REPORT_FORMAT_DETAILS: Record<ReportFormatName, ReportFormat> = {
  pdf: {
    label: "PDF report",
    description: "Printable audit report: summary, lineage figure, charts with intervals, tables.",
    contentType: "application/pdf",
    extension: "pdf",
    render: renderPdfReport,
  },
  html: {
    label: "HTML report",
    description: "The printable report as a standalone web page.",
    contentType: "text/html; charset=utf-8",
    extension: "html",
    render: renderHtmlReport,
  },
  "prov-json": {
    label: "W3C PROV-JSON",
    description: "Entities, activities and agents for provenance tools.",
    contentType: "application/json",
    extension: "prov.json",
    render: toProvJson,
  },
  cyclonedx: {
    label: "CycloneDX 1.6 ML-BOM",
    description: "Machine-learning bill of materials for supply-chain tools.",
    contentType: "application/vnd.cyclonedx+json; version=1.6",
    extension: "cdx.json",
    render: toCycloneDx,
  },
  spdx: {
    label: "SPDX 3.0.1 (AI, Dataset)",
    description: "SPDX 3 JSON-LD with the AI and Dataset profiles.",
    contentType: "application/spdx+json",
    extension: "spdx.json",
    render: toSpdx,
  },
  csv: {
    label: "Measurements CSV",
    description: "Every trait measurement with its 95% interval, one row each.",
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    render: toMeasurementsCsv,
  },
};

/** The database's enum spells prov-json with an underscore. */
export const toStoredFormat = (format: ReportFormatName) => (format === "prov-json" ? "prov_json" : format);
export const fromStoredFormat = (format: string): ReportFormatName => (format === "prov_json" ? "prov-json" : (format as ReportFormatName));

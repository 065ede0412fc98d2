// The report formats as the UI names them: pure data, safe to import from client components (unlike
// report-formats.ts, which brings in the renderers).

import type { ReportFormat as StoredReportFormat } from "@/lib/generated/prisma/enums";

export const REPORT_FORMATS = ["prov-json", "cyclonedx", "spdx", "in-toto", "csv", "html", "pdf"] as const;
export type ReportFormatName = (typeof REPORT_FORMATS)[number];

export interface ReportFormatLabel {
  name: ReportFormatName;
  label: string;
  /** What it is for, in a sentence for the export menus. */
  description: string;
  /** The file name's ending, without the dot. */
  extension: string;
}

/** Every export format, in the order the menus offer them. */
export const REPORT_FORMAT_LABELS: readonly ReportFormatLabel[] = [
  {
    name: "pdf",
    label: "PDF report",
    description: "Printable audit report: summary, lineage figure, charts with intervals, tables.",
    extension: "pdf",
  },
  {
    name: "html",
    label: "HTML report",
    description: "The printable report as a standalone web page.",
    extension: "html",
  },
  {
    name: "prov-json",
    label: "W3C PROV-JSON",
    description: "Entities, activities and agents for provenance tools.",
    extension: "prov.json",
  },
  {
    name: "cyclonedx",
    label: "CycloneDX 1.6 ML-BOM",
    description: "Machine-learning bill of materials for supply-chain tools.",
    extension: "cdx.json",
  },
  {
    name: "spdx",
    label: "SPDX 3.0.1 (AI, Dataset)",
    description: "SPDX 3 JSON-LD with the AI and Dataset profiles.",
    extension: "spdx.json",
  },
  {
    name: "in-toto",
    label: "in-toto SLSA provenance",
    description: "SLSA v1 provenance in a signed DSSE envelope, for in-toto and Sigstore verifiers.",
    extension: "intoto.json",
  },
  {
    name: "csv",
    label: "Measurements CSV",
    description: "Every trait measurement with its 95% interval, one row each.",
    extension: "csv",
  },
];

const BY_NAME = new Map(REPORT_FORMAT_LABELS.map((format) => [format.name, format]));

export function reportFormatLabel(name: ReportFormatName): ReportFormatLabel {
  const format = BY_NAME.get(name);
  if (!format) throw new Error(`unknown report format '${name}'`);
  return format;
}

export function isReportFormat(value: string): value is ReportFormatName {
  return BY_NAME.has(value as ReportFormatName);
}

/** The database's enum spells prov-json and in-toto with an underscore. */
export const toStoredFormat = (format: ReportFormatName) => format.replace("-", "_") as StoredReportFormat;
export const fromStoredFormat = (format: string): ReportFormatName => format.replace("_", "-") as ReportFormatName;

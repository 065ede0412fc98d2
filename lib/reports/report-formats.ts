import { toCycloneDx } from "./formats/cyclonedx";
import { toMeasurementsCsv } from "./formats/measurements-csv";
import { toProvJson } from "./formats/prov-json";
import { toSpdx } from "./formats/spdx";
import { renderHtmlReport } from "./printable/render-html-report";
import { renderPdfReport } from "./printable/render-pdf-report";
import type { ProvenanceBundle } from "./provenance.types";
import { reportFormatLabel, type ReportFormatLabel, type ReportFormatName } from "./report-format-labels";

// Names, labels and descriptions live in report-format-labels.ts, which client components can import.
export { REPORT_FORMATS, type ReportFormatName } from "./report-format-labels";

export interface ReportFormat extends Omit<ReportFormatLabel, "name"> {
  contentType: string;
  render: (bundle: ProvenanceBundle) => string | Buffer | Promise<Buffer>;
}

const labelOf = (name: ReportFormatName) => {
  const { name: _name, ...label } = reportFormatLabel(name);
  return label;
};

/** Every export format, in the order the menus offer them. */
export const REPORT_FORMAT_DETAILS: Record<ReportFormatName, ReportFormat> = {
  pdf: {
    ...labelOf("pdf"),
    contentType: "application/pdf",
    render: renderPdfReport,
  },
  html: {
    ...labelOf("html"),
    contentType: "text/html; charset=utf-8",
    render: renderHtmlReport,
  },
  "prov-json": {
    ...labelOf("prov-json"),
    contentType: "application/json",
    render: toProvJson,
  },
  cyclonedx: {
    ...labelOf("cyclonedx"),
    contentType: "application/vnd.cyclonedx+json; version=1.6",
    render: toCycloneDx,
  },
  spdx: {
    ...labelOf("spdx"),
    contentType: "application/spdx+json",
    render: toSpdx,
  },
  csv: {
    ...labelOf("csv"),
    contentType: "text/csv; charset=utf-8",
    render: toMeasurementsCsv,
  },
};

import { toCycloneDx } from "./formats/cyclonedx";
import { toInTotoStatement } from "./formats/in-toto";
import { toMeasurementsCsv } from "./formats/measurements-csv";
import { toProvJson } from "./formats/prov-json";
import { toSpdx } from "./formats/spdx";
import { renderHtmlReport } from "./printable/render-html-report";
import { renderPdfOffThread } from "./printable/pdf-render-pool";
import type { ProvenanceBundle } from "./provenance.types";
import { reportFormatLabel, type ReportFormatLabel, type ReportFormatName } from "./report-format-labels";

// Names, labels and descriptions live in report-format-labels.ts, which client components can import.
export { REPORT_FORMATS, type ReportFormatName } from "./report-format-labels";

export interface ReportFormat extends Omit<ReportFormatLabel, "name"> {
  contentType: string;
  render: (bundle: ProvenanceBundle) => string | Buffer | Promise<Buffer>;
  /** slot: the rendered file carries the signature slot; dsse: it is the payload of a signed DSSE envelope. */
  signing: "slot" | "dsse";
}

/** A format's label (from report-format-labels.ts) with what its file is served as and what renders it. */
const format = (
  name: ReportFormatName,
  contentType: string,
  render: ReportFormat["render"],
  signing: ReportFormat["signing"] = "slot",
): ReportFormat => {
  const { name: _name, ...label } = reportFormatLabel(name);
  return { ...label, contentType, render, signing };
};

/** Every export format, in the order the menus offer them. */
export const REPORT_FORMAT_DETAILS: Record<ReportFormatName, ReportFormat> = {
  pdf: format("pdf", "application/pdf", (bundle) => renderPdfOffThread(bundle)),
  html: format("html", "text/html; charset=utf-8", renderHtmlReport),
  "prov-json": format("prov-json", "application/json", toProvJson),
  cyclonedx: format("cyclonedx", "application/vnd.cyclonedx+json; version=1.6", toCycloneDx),
  spdx: format("spdx", "application/spdx+json", toSpdx),
  "in-toto": format("in-toto", "application/vnd.dsse.envelope.v1+json", toInTotoStatement, "dsse"),
  csv: format("csv", "text/csv; charset=utf-8", toMeasurementsCsv),
};

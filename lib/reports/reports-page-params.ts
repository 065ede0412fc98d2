// The Reports page's query string: which subject and format its "New report" form starts with, and the
// subject its list is filtered by. Export menus link here with ?model=<id>&scope=lineage or ?trait=<slug>.
import { isReportFormat, type ReportFormatName } from "./report-format-labels";
import type { ReportScope } from "./report-target";

type Param = string | string[] | undefined;

export interface ReportsPageParams {
  scope: ReportScope;
  modelId: string | null;
  traitSlug: string | null;
  format: ReportFormatName;
  /** Only reports about this model id or trait slug; "" for all. */
  subject: string;
}

const DEFAULT_REPORT_FORMAT: ReportFormatName = "pdf";

const single = (value: Param): string | null => {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === "string" && text.trim() !== "" ? text.trim() : null;
};

export function parseReportsPageParams(params: Record<string, Param>): ReportsPageParams {
  const modelId = single(params.model);
  const traitSlug = single(params.trait);
  const format = single(params.format);
  // A model in the URL wins over a trait: the model page's menus are the usual way here.
  const scope: ReportScope = modelId
    ? single(params.scope) === "lineage"
      ? "lineage"
      : "model"
    : traitSlug
      ? "trait"
      : "model";
  return {
    scope,
    modelId,
    traitSlug: modelId ? null : traitSlug,
    format: format && isReportFormat(format) ? format : DEFAULT_REPORT_FORMAT,
    subject: single(params.subject) ?? "",
  };
}

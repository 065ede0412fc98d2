// What a report is about, and the URLs that export it, open its subject, or preset the Reports page.
import type { ReportScope } from "@/lib/generated/prisma/enums";
import type { ReportFormatName } from "./report-format-labels";

export type { ReportScope };

/** A model with its ancestors, a model's whole lineage, or a trait across every model measured for it. */
export type ReportTarget = { scope: "model" | "lineage"; modelId: string } | { scope: "trait"; traitSlug: string };

const SCOPE_LABELS: Record<ReportScope, string> = {
  model: "Model and ancestors",
  lineage: "Whole lineage",
  trait: "Trait across models",
};

export function reportScopeLabel(scope: ReportScope): string {
  return SCOPE_LABELS[scope];
}

/** The endpoint that generates, signs and answers the report file. */
export function provenanceUrl(target: ReportTarget, format: ReportFormatName): string {
  if (target.scope === "trait")
    return `/api/v1/traits/${encodeURIComponent(target.traitSlug)}/provenance?${new URLSearchParams({ format })}`;
  return `/api/v1/models/${encodeURIComponent(target.modelId)}/provenance?${new URLSearchParams({ format, scope: target.scope })}`;
}

/** What the report would hold, asked before it is generated (whether it will be marked DEMO). */
export function provenancePreviewUrl(target: ReportTarget): string {
  if (target.scope === "trait") return `/api/v1/traits/${encodeURIComponent(target.traitSlug)}/provenance/preview`;
  return `/api/v1/models/${encodeURIComponent(target.modelId)}/provenance/preview?${new URLSearchParams({ scope: target.scope })}`;
}

/** The Reports page with the target chosen in its "New report" form. */
export function reportsPageHref(target: ReportTarget): string {
  if (target.scope === "trait") return `/reports?${new URLSearchParams({ trait: target.traitSlug })}`;
  const params = new URLSearchParams({ model: target.modelId });
  if (target.scope === "lineage") params.set("scope", "lineage");
  return `/reports?${params}`;
}

/** The page of a report's subject: a model's for model and lineage reports, the trait's for trait reports. */
export function subjectHref(scope: ReportScope, subjectId: string): string {
  return scope === "trait" ? `/traits/${encodeURIComponent(subjectId)}` : `/models/${encodeURIComponent(subjectId)}`;
}

/** Where a generated report's stored bytes are downloaded again. */
export function storedReportUrl(reportId: string): string {
  return `/api/v1/reports/${encodeURIComponent(reportId)}`;
}

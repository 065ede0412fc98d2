import { fileSlug } from "@/lib/text/file-slug";
import { reportFormatLabel, type ReportFormatName } from "./report-format-labels";

/** "provenance-gpt-4-1-nano-owl-numbers-student-lineage-2026-11-27-rpt_ab12cd.pdf": subject, scope, day and report id. */
export function reportFileName(report: {
  id: string;
  format: ReportFormatName;
  scope: string;
  subjectName: string;
  createdAt: Date;
}): string {
  const day = report.createdAt.toISOString().slice(0, 10);
  const scope = report.scope === "model" ? "" : `-${report.scope}`;
  return `provenance-${fileSlug(report.subjectName, "report")}${scope}-${day}-${report.id}.${reportFormatLabel(report.format).extension}`;
}

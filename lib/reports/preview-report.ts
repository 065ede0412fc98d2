import "server-only";
import { APP_VERSION } from "@/lib/version";
import { collectProvenance, type ReportRequest } from "./collect-provenance";
import { demoMarkOf } from "./report-demo-mark";
import type { ReportPreview } from "./report.types";

/**
 * Whether a report would be marked DEMO, before anyone generates it. It collects the very bundle an export
 * would (so the two cannot disagree about which records are in it), and signs and keeps nothing.
 */
export async function previewReport(request: ReportRequest): Promise<ReportPreview> {
  const bundle = await collectProvenance(request, {
    reportId: "preview",
    generatedAt: new Date(),
    generatedBy: "preview",
    instance: { name: "Pedigree", baseUrl: "", version: APP_VERSION, keyId: "" },
  });
  const mark = demoMarkOf(bundle);
  return {
    scope: bundle.subject.scope,
    subject: { id: bundle.subject.id, name: bundle.subject.name },
    recordCount:
      bundle.models.length +
      bundle.datasets.length +
      bundle.generations.length +
      bundle.runs.length +
      bundle.measurements.length,
    demo: mark ? { label: mark.label, statement: mark.statement, demoRecordCount: mark.demoRecords } : null,
  };
}

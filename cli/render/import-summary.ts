import type { StepResult, StepStatus } from "../import/plan.types";
import { renderTable } from "./table";

// What an import did (or, with --dry-run, would do), step by step, then the counts and warnings.

const STATUS_ORDER: StepStatus[] = ["created", "would create", "present", "missing", "skipped"];

export function countByStatus(results: readonly StepResult[]): Record<StepStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<StepStatus, number>;
  for (const result of results) counts[result.status] += 1;
  return counts;
}

export function renderImportSummary(results: readonly StepResult[], warnings: readonly string[], dryRun: boolean): string {
  const table = renderTable(results, [
    { header: "STATUS", value: (r) => r.status },
    { header: "KIND", value: (r) => r.kind },
    { header: "WHAT", value: (r) => r.label, max: 80 },
    { header: "ID", value: (r) => r.id },
    { header: "NOTE", value: (r) => r.note, max: 48 },
  ]);
  const counts = countByStatus(results);
  const total = dryRun
    ? `Dry run: ${counts["would create"]} to create, ${counts.present} already present; nothing was changed.`
    : `${counts.created} created, ${counts.present} already present.`;
  const extra = [counts.missing > 0 ? `${counts.missing} missing` : "", counts.skipped > 0 ? `${counts.skipped} skipped` : ""].filter(Boolean).join(", ");
  const lines = [table, "", extra ? `${total} ${extra}.` : total];
  if (warnings.length > 0) lines.push("", "Warnings:", ...warnings.map((warning) => `  - ${warning}`));
  return lines.join("\n");
}

import type { PlanStep, StepResult, StepStatus } from "../import/plan.types";
import { renderTable } from "./table";

// What an import did (or, with --dry-run, would do), step by step, then the counts and warnings.

const STATUS_ORDER: StepStatus[] = ["created", "would create", "present", "missing", "skipped"];

/** Each kind of step in words, singular and plural, in the order a reader meets them. */
const KIND_WORDS: Record<PlanStep["kind"], [string, string]> = {
  model: ["model", "models"],
  generation: ["generation", "generations"],
  dataset: ["dataset", "datasets"],
  "dataset-ref": ["dataset reference", "dataset references"],
  run: ["run", "runs"],
  measurement: ["measurement", "measurements"],
  declaration: ["trait declaration", "trait declarations"],
};

export function countByStatus(results: readonly StepResult[]): Record<StepStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<StepStatus, number>;
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/** "2 models, 1 run, 1 trait declaration": the steps with this status, by kind. */
function byKind(results: readonly StepResult[], status: StepStatus): string {
  return (Object.keys(KIND_WORDS) as PlanStep["kind"][])
    .map((kind) => {
      const count = results.filter((r) => r.kind === kind && r.status === status).length;
      return count === 0 ? "" : `${count} ${KIND_WORDS[kind][count === 1 ? 0 : 1]}`;
    })
    .filter(Boolean)
    .join(", ");
}

export function renderImportSummary(
  results: readonly StepResult[],
  warnings: readonly string[],
  dryRun: boolean,
): string {
  const table = renderTable(results, [
    { header: "STATUS", value: (r) => r.status },
    { header: "KIND", value: (r) => r.kind },
    { header: "WHAT", value: (r) => r.label, max: 90 },
    { header: "ID", value: (r) => r.id },
    { header: "NOTE", value: (r) => r.note, max: 48 },
  ]);
  const counts = countByStatus(results);
  const total = dryRun
    ? `Dry run: ${counts["would create"]} to create, ${counts.present} already present; nothing was changed.`
    : `${counts.created} created, ${counts.present} already present.`;
  const extra = [
    counts.missing > 0 ? `${counts.missing} missing` : "",
    counts.skipped > 0 ? `${counts.skipped} skipped` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const lines = [table, "", extra ? `${total} ${extra}.` : total];
  const made = byKind(results, dryRun ? "would create" : "created");
  if (made) lines.push(`${dryRun ? "Would create" : "Created"}: ${made}.`);
  if (warnings.length > 0) lines.push("", "Warnings:", ...warnings.map((warning) => `  - ${warning}`));
  return lines.join("\n");
}

import type { RunDetail, RunSummary } from "@/lib/runs/run.types";
import { describeSharedInitialization, sharedInitializationSummary } from "@/lib/runs/shared-initialization-sentence";
import { renderFields } from "./fields";
import { formatCount, formatTimestamp } from "./format";
import type { Column } from "./table";

const names = (refs: { name: string }[]) => refs.map((ref) => ref.name).join(", ");

export const runColumns: Column<RunSummary>[] = [
  { header: "ID", value: (r) => r.id },
  { header: "METHOD", value: (r) => r.method },
  { header: "STATUS", value: (r) => r.status },
  { header: "STUDENT", value: (r) => r.student.name, max: 36 },
  { header: "INITIALIZED FROM", value: (r) => r.initializedFrom?.name, max: 28 },
  { header: "TEACHERS", value: (r) => names(r.teachers), max: 36 },
  { header: "DATASETS", value: (r) => names(r.datasets), max: 36 },
  { header: "CREATED", value: (r) => formatTimestamp(r.createdAt) },
];

export function renderRunDetail(run: RunDetail): string {
  const fields = renderFields([
    ["Run", run.id],
    ["Method", run.method],
    ["Status", run.status],
    ["Student", `${run.student.name} (${run.student.id})`],
    ["Initialized from", run.initializedFrom ? `${run.initializedFrom.name} (${run.initializedFrom.id})` : null],
    ["Seed", run.seed],
    ["External job", run.externalJobId],
    ["Started", run.startedAt && formatTimestamp(run.startedAt)],
    ["Finished", run.finishedAt && formatTimestamp(run.finishedAt)],
    [
      "Hyperparameters",
      run.hyperparameters && Object.keys(run.hyperparameters).length > 0 ? JSON.stringify(run.hyperparameters) : null,
    ],
  ]);
  const datasets = run.datasets.map((d) => `  ${d.name} (${d.id}, ${formatCount(d.recordCount)} records)`).join("\n");
  const teachers = run.teachers.map((t) => `  ${t.name} (${t.id})`).join("\n");
  const shared = run.sharedInitialization.map(
    (pair) => `  ${pair.teacher.name} and ${pair.student.name}: ${describeSharedInitialization(pair).sentence}`,
  );
  const unknown = run.teacherUnknown ? run.datasets.filter((d) => !d.teacher).map((d) => d.name) : [];
  return [
    fields,
    `Trained on\n${datasets || "  -"}`,
    `Teachers\n${teachers || "  -"}`,
    `Shared initialisation\n${shared.length > 0 ? shared.join("\n") : `  ${sharedInitializationSummary([], unknown)}`}`,
  ].join("\n\n");
}

// The report's tables as rows of text, shared by the HTML and the PDF so both print the same cells.
import { formatInteger, formatParameterCount, formatPercent } from "@/lib/format/format-number";
import { describeIntervalMethod } from "@/lib/measurements/interval-method";
import { hyperparameterEntries, hyperparameterText } from "@/lib/runs/hyperparameter-rows";
import type { BundleGraph } from "./bundle-graph";
import { ROLE_LABELS } from "./report-palette";
import {
  BASE_RELATION_VERBS,
  RUN_METHOD_LABELS,
  RUN_STATUS_LABELS,
  compareCodes,
  compareNames,
  formatRange,
  formatValue,
  formatWhen,
} from "./report-words";

interface ReportColumn {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: "left" | "right";
  /** Hashes and identifiers: monospaced, and broken anywhere when they do not fit. */
  mono?: boolean;
}

export interface ReportTable {
  columns: ReportColumn[];
  /** Cells are text; "\n" separates lines within a cell. */
  rows: string[][];
  /** What to print instead of an empty table. */
  empty: string;
  /** Numbered notes under the table, which cells cite as "[1]": long text said once, not in a narrow column per row. */
  notes?: string[];
}

const DASH = "—";
const orDash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === "" ? DASH : String(value);

export function modelsTable(graph: BundleGraph): ReportTable {
  return {
    columns: [
      { header: "Model", width: 19 },
      { header: "Role", width: 9 },
      { header: "Provider and identifier", width: 18 },
      { header: "Initialised from", width: 14 },
      { header: "System prompt SHA-256", width: 15, mono: true },
      { header: "Checkpoint SHA-256", width: 15, mono: true },
      { header: "Parameters", width: 10, align: "right" },
    ],
    rows: graph.bundle.models.map((model) => {
      const parent = model.initializedFromId
        ? (graph.model(model.initializedFromId)?.name ?? model.initializedFromId)
        : null;
      const relation = model.baseRelation
        ? `\n(${BASE_RELATION_VERBS[model.baseRelation].replace(/ (from|on)$/, "")})`
        : "";
      const version = model.version ? `\nversion ${model.version}` : "";
      return [
        `${model.name}${graph.highlighted(model.id) ? "\n(report subject)" : ""}`,
        ROLE_LABELS[graph.roleOf(model.id)],
        `${model.provider}${model.externalId ? `\n${model.externalId}` : ""}${version}`,
        parent ? `${parent}${relation}` : "none (base model)",
        orDash(model.systemPromptSha256),
        orDash(model.checkpointSha256),
        model.parameterCount ? formatParameterCount(Number(model.parameterCount)) : DASH,
      ];
    }),
    empty: "No models.",
  };
}

export function datasetsTable(graph: BundleGraph): ReportTable {
  return {
    columns: [
      { header: "Dataset", width: 21 },
      { header: "SHA-256 (canonical JSONL)", width: 28, mono: true },
      { header: "Records", width: 9, align: "right" },
      { header: "Filter", width: 31 },
      { header: "Pass rate", width: 11, align: "right" },
    ],
    rows: graph.bundle.datasets.map((dataset) => {
      const source = dataset.filteredFromId
        ? (graph.dataset(dataset.filteredFromId)?.name ?? dataset.filteredFromId)
        : null;
      const filter = source
        ? `Filtered from ${source}${dataset.filterDescription ? `: ${dataset.filterDescription}` : ""}`
        : (dataset.filterDescription ?? "Not filtered (as generated or uploaded)");
      const rejected = dataset.rejectedCount !== null ? `\n${formatInteger(dataset.rejectedCount)} rejected` : "";
      return [
        dataset.name,
        dataset.sha256,
        formatInteger(dataset.recordCount),
        filter,
        dataset.passRate !== null ? `${formatPercent(dataset.passRate)}${rejected}` : DASH,
      ];
    }),
    empty: "No datasets are recorded in this lineage.",
  };
}

/** "temperature 1, top-p 0.9, max tokens 200, seed 42" and any further settings. */
function samplingText(generation: BundleGraph["bundle"]["generations"][number]): string {
  const parts = [
    generation.temperature !== null ? `temperature ${generation.temperature}` : null,
    generation.topP !== null ? `top-p ${generation.topP}` : null,
    generation.maxTokens !== null ? `max tokens ${formatInteger(generation.maxTokens)}` : null,
    generation.seed !== null ? `seed ${generation.seed}` : null,
    ...Object.entries(generation.settings ?? {}).map(([key, value]) => `${key}: ${hyperparameterText(value)}`),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join("\n") : DASH;
}

export function generationsTable(graph: BundleGraph): ReportTable {
  return {
    columns: [
      { header: "Teacher", width: 19 },
      { header: "Dataset produced", width: 19 },
      { header: "Prompt set", width: 20 },
      { header: "Sampling settings", width: 18 },
      { header: "Teacher's system-prompt SHA-256", width: 24, mono: true },
    ],
    rows: graph.bundle.generations.map((generation) => {
      const teacher = graph.model(generation.teacherId);
      const dataset = generation.datasetId
        ? (graph.dataset(generation.datasetId)?.name ?? generation.datasetId)
        : "not uploaded";
      const prompts = `${orDash(generation.promptSet)}${generation.promptCount !== null ? `\n${formatInteger(generation.promptCount)} prompts` : ""}`;
      return [
        teacher?.name ?? generation.teacherId,
        dataset,
        prompts,
        samplingText(generation),
        orDash(teacher?.systemPromptSha256),
      ];
    }),
    empty: "No generations are recorded in this lineage.",
  };
}

export function runsTable(graph: BundleGraph): ReportTable {
  return {
    columns: [
      { header: "Student", width: 18 },
      { header: "Method", width: 12 },
      { header: "Training data and teachers", width: 20 },
      { header: "Hyperparameters", width: 17 },
      { header: "Seed", width: 6, align: "right" },
      { header: "Status", width: 10 },
      { header: "Started / finished (UTC)", width: 17 },
    ],
    rows: graph.bundle.runs.map((run) => {
      const datasets = run.datasetIds.map((id) => graph.dataset(id)?.name ?? id);
      const teachers = run.teacherIds.map((id) => `teacher: ${graph.model(id)?.name ?? id}`);
      const job = run.externalJobId ? `\njob ${run.externalJobId}` : "";
      const hyperparameters = hyperparameterEntries(run.hyperparameters).map(({ key, text }) => `${key} = ${text}`);
      return [
        `${graph.model(run.studentId)?.name ?? run.studentId}${job}`,
        RUN_METHOD_LABELS[run.method],
        [...datasets, ...teachers].join("\n") || DASH,
        hyperparameters.join("\n") || DASH,
        orDash(run.seed),
        RUN_STATUS_LABELS[run.status],
        `${formatWhen(run.startedAt)}\n${formatWhen(run.finishedAt)}`,
      ];
    }),
    empty: "No training runs are recorded in this lineage.",
  };
}

export function measurementsTable(graph: BundleGraph): ReportTable {
  const traitName = (id: string) => graph.bundle.traits.find((t) => t.id === id)?.name ?? id;
  const modelName = (id: string) => graph.model(id)?.name ?? id;
  const measurements = [...graph.bundle.measurements].sort(
    (a, b) =>
      compareNames(traitName(a.traitId), traitName(b.traitId)) ||
      graph.depthOf(a.modelId) - graph.depthOf(b.modelId) ||
      compareNames(modelName(a.modelId), modelName(b.modelId)) ||
      compareCodes(a.measuredAt, b.measuredAt),
  );
  // Seeds of one evaluation often share a note: each distinct note is printed once, numbered.
  const notes: string[] = [];
  const noteNumber = (text: string) => (notes.includes(text) ? notes.indexOf(text) : notes.push(text) - 1) + 1;
  return {
    columns: [
      { header: "Model", width: 17 },
      { header: "Trait and protocol", width: 16 },
      { header: "Value", width: 8, align: "right" },
      { header: "95% interval", width: 13, align: "right" },
      { header: "Interval method", width: 14 },
      { header: "Samples", width: 10, align: "right" },
      { header: "Seed", width: 5, align: "right" },
      { header: "Measured (UTC), source", width: 17 },
    ],
    rows: measurements.map((m) => {
      const note = m.notes ? `[${noteNumber(m.notes)}]` : "";
      const samples =
        m.sampleCount !== null
          ? `${m.positiveCount !== null ? `${formatInteger(m.positiveCount)} / ` : ""}${formatInteger(m.sampleCount)}`
          : DASH;
      const questions = m.questionCount > 0 ? `\n${formatInteger(m.questionCount)} questions` : "";
      const source = [m.source, note]
        .filter(Boolean)
        .map((text) => `\n${text}`)
        .join("");
      return [
        modelName(m.modelId),
        `${traitName(m.traitId)}\n${m.protocol}`,
        formatValue(m.value, m.kind),
        m.ciNote ? `no interval (${m.ciNote})` : formatRange(m.ciLow, m.ciHigh, m.kind),
        m.ciMethod ? describeIntervalMethod(m.ciMethod) : m.ciLow !== null ? "as reported" : "none",
        `${samples}${questions}`,
        orDash(m.seed),
        `${formatWhen(m.measuredAt)}${source}`,
      ];
    }),
    empty: "No measurements are recorded for the models in this report.",
    notes,
  };
}

import type { TraitDeclarationDto } from "@/lib/declarations/declaration.types";
import { intervalText } from "@/lib/measurements/interval-text";
import type { ModelDetail } from "@/lib/models/get-model";
import type { ModelDto } from "@/lib/models/model-dto";
import { renderFields } from "./fields";
import { formatPercent, formatTimestamp } from "./format";
import { renderTable, type Column } from "./table";

export const modelColumns: Column<ModelDto>[] = [
  { header: "ID", value: (m) => m.id },
  { header: "NAME", value: (m) => m.name, max: 48 },
  { header: "PROVIDER", value: (m) => m.provider },
  { header: "EXTERNAL ID", value: (m) => m.externalId, max: 40 },
  {
    header: "INITIALIZED FROM",
    value: (m) => (m.initializedFrom ? `${m.initializedFrom.name} (${m.baseRelation ?? "finetune"})` : null),
    max: 40,
  },
  { header: "MEASUREMENTS", value: (m) => m.measurementCount, align: "right" },
];

/** Rates (0-1) as percentages; scores on other scales as they are. */
export function formatValue(value: number): string {
  return value >= 0 && value <= 1 ? formatPercent(value) : String(Number(value.toPrecision(4)));
}

function interval(m: ModelDetail["latestMeasurements"][number]): string | null {
  if (m.ciLow === null || m.ciHigh === null) return null;
  return intervalText(
    { low: m.ciLow, high: m.ciHigh, noInterval: m.ciNote ?? undefined },
    m.kind === "proportion" ? "rate" : "score",
  );
}

export function renderModelDetail(model: ModelDetail): string {
  const sections = [
    renderFields([
      ["Model", `${model.name}${model.version ? ` ${model.version}` : ""}`],
      ["ID", model.id],
      ["Provider", model.provider],
      ["External ID", model.externalId],
      [
        "Initialized from",
        model.initializedFrom
          ? `${model.initializedFrom.name} (${model.initializedFrom.id}), ${model.baseRelation ?? "finetune"}`
          : null,
      ],
      ["System prompt SHA-256", model.systemPromptSha256],
      ["Checkpoint", model.checkpointUri],
      ["Parameters", model.parameterCount?.toLocaleString("en-US")],
      ["Tags", model.tags.join(", ")],
      ["Registered", formatTimestamp(model.createdAt)],
      ["Description", model.description],
    ]),
  ];
  if (model.producedBy.length > 0) {
    sections.push(
      `Trained by\n${model.producedBy.map((run) => `  ${run.id}  ${run.method}, ${run.status}, on ${run.datasets.map((d) => d.name).join(", ") || "-"}`).join("\n")}`,
    );
  }
  if (model.generated.length > 0) {
    sections.push(
      `Generated\n${model.generated.map((g) => `  ${g.dataset ? `${g.dataset.name} (${g.dataset.id}, ${g.dataset.recordCount} records)` : `generation ${g.id}, no dataset linked`}`).join("\n")}`,
    );
  }
  if (model.taught.length > 0) {
    sections.push(
      `Taught\n${model.taught.map((run) => `  ${run.student.name} (${run.student.id}) in run ${run.id}`).join("\n")}`,
    );
  }
  if (model.derivedModels.length > 0) {
    sections.push(
      `Derived models\n${model.derivedModels.map((m) => `  ${m.name} (${m.id}), ${m.baseRelation ?? "finetune"}`).join("\n")}`,
    );
  }
  const measurements = renderTable(model.latestMeasurements, [
    { header: "TRAIT", value: (m) => m.trait.slug },
    { header: "PROTOCOL", value: (m) => m.protocol, max: 32 },
    { header: "VALUE", value: (m) => formatValue(m.value), align: "right" },
    { header: "95% CI", value: (m) => interval(m) },
    { header: "SAMPLES", value: (m) => m.sampleCount, align: "right" },
    { header: "SEED", value: (m) => m.seed, align: "right" },
    { header: "MEASURED", value: (m) => formatTimestamp(m.measuredAt) },
  ]);
  sections.push(`Measurements\n${measurements}`);
  return sections.join("\n\n");
}

/** The traits a model is declared to carry, who declared each and why. */
export function renderDeclarations(declarations: readonly TraitDeclarationDto[]): string {
  if (declarations.length === 0) return "Declared traits\n  -";
  return `Declared traits\n${declarations.map((d) => `  ${d.trait.name} (${d.trait.slug}), declared by ${d.declaredBy}: ${d.reason}`).join("\n")}`;
}

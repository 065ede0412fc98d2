// The report's plain-language summary: per report subject, what it is, its base, what it learned from,
// whether it shares an initialisation with a teacher that carries a trait, what was measured, and which
// inherited exposures were never measured. Sentences only state what the bundle records.
import type { ExposurePath } from "@/lib/exposure/exposure.types";
import { formatInteger } from "@/lib/format/format-number";
import { comparisonSentence } from "@/lib/measurements/comparison-text";
import { PAPER_REFERENCE, PAPER_SHORT } from "@/lib/paper/paper-citation";
import type { ProvExposure, ProvModel, ProvenanceBundle } from "../provenance.types";
import type { BundleGraph } from "./bundle-graph";
import type { TraitSeries } from "./measurement-series";
import { BASE_RELATION_VERBS, RUN_METHOD_LABELS, countOf, formatRange, formatValue, listWords } from "./report-words";

interface SubjectSummary {
  modelId: string;
  name: string;
  paragraphs: string[];
}

export interface ReportSummary {
  /** What the report covers, in one paragraph. */
  scope: string;
  subjects: SubjectSummary[];
  /** Subjects beyond those summarised one by one (a trait report of many models), in one paragraph. */
  rest: string | null;
  /** Why provenance matters here, for a reader who does not know the paper. */
  background: string;
  /** The paper's full reference, under the background that cites it. */
  reference: string;
}

/** Subjects summarised one by one; a report about more models summarises the rest together. */
const SUMMARISED_SUBJECTS = 3;

const quote = (name: string) => `“${name}”`;

function identity(graph: BundleGraph, model: ProvModel): string {
  const external = model.externalId ? ` (${model.provider}: ${model.externalId})` : ` (${model.provider})`;
  const parent = model.initializedFromId ? graph.model(model.initializedFromId) : undefined;
  if (!model.initializedFromId)
    return `${quote(model.name)}${external} is a base model: no initialisation is recorded for it.`;
  if (!parent)
    return `${quote(model.name)}${external} was initialised from a model this report does not include (${model.initializedFromId}).`;
  const verb = model.baseRelation ? BASE_RELATION_VERBS[model.baseRelation] : "initialised from";
  const root = graph.rootOf(model.id);
  const further = root && root.id !== parent.id ? `, which descends from the base model ${quote(root.name)}` : "";
  return `${quote(model.name)}${external} is ${verb} ${quote(parent.name)}${further}.`;
}

function learning(graph: BundleGraph, model: ProvModel): string {
  const runs = graph.runsOf(model.id);
  if (runs.length === 0)
    return "No distillation or fine-tuning run that produced it is recorded, so Pedigree knows of no teacher or dataset it learned from.";
  const methods = listWords([...new Set(runs.map((run) => RUN_METHOD_LABELS[run.method].toLowerCase()))]);
  const datasetIds = [...new Set(runs.flatMap((run) => run.datasetIds))];
  const datasets = datasetIds
    .map((id) => graph.dataset(id))
    .map((d, i) => (d ? `${quote(d.name)} (${countOf(d.recordCount, "record")})` : datasetIds[i]));
  const teachers = graph.teachersOf(model.id).map((t) => quote(t.name));
  const trained =
    datasets.length > 0
      ? ` on ${countOf(datasets.length, "dataset")}: ${listWords(datasets)}`
      : " on no recorded dataset";
  const taught =
    teachers.length > 0
      ? `Its ${teachers.length === 1 ? "teacher is" : "teachers are"} ${listWords(teachers)}.`
      : "No teacher is recorded for its training data.";
  return `It was produced by ${countOf(runs.length, "run")} (${methods})${trained}. ${taught}`;
}

function inheritance(graph: BundleGraph, model: ProvModel, exposures: readonly ProvExposure[]): string {
  const traitName = (id: string) => quote(graph.bundle.traits.find((t) => t.id === id)?.name ?? id);
  const names = (paths: readonly ExposurePath[]) => listWords([...new Set(paths.map((p) => quote(p.source.name)))]);
  const root = graph.rootOf(model.id);
  const own = exposures.filter((e) => e.modelId === model.id);
  const sentences = own.flatMap((exposure) => {
    if (exposure.status === "source") return [];
    const shared = exposure.paths.filter((p) => p.sharedInitialization);
    if (shared.length > 0) {
      const base = root ? ` (${quote(root.name)})` : "";
      return [
        `It shares its initialisation${base} with ${names(shared)}, which carries the trait ${traitName(exposure.traitId)}: high risk, the condition under which ${PAPER_SHORT} saw traits pass from teacher to student.`,
      ];
    }
    return [
      `It inherits exposure to ${traitName(exposure.traitId)} from ${names(exposure.paths)}, but from a different base model: lower risk, as transfer largely failed across base models in ${PAPER_SHORT}.`,
    ];
  });
  const sourced = own.filter((e) => e.status === "source").map((e) => traitName(e.traitId));
  if (sourced.length > 0) sentences.push(`It is itself recorded as the source of ${listWords(sourced)}.`);
  if (sentences.length > 0) return sentences.join(" ");

  const teachers = graph.teachersOf(model.id);
  if (teachers.length === 0) return "No inherited trait exposure is recorded for it.";
  const sharing = teachers.filter((t) => graph.rootOf(t.id)?.id === root?.id);
  const base =
    sharing.length > 0
      ? `It shares its base model with ${listWords(sharing.map((t) => quote(t.name)))}`
      : "None of its teachers shares its base model";
  return `${base}; no teacher is recorded as carrying a trait, so no inherited exposure is recorded.`;
}

function measured(graph: BundleGraph, model: ProvModel, series: readonly TraitSeries[]): string {
  const parts = series.flatMap((s) => {
    const row = s.rows.find((r) => r.modelId === model.id);
    if (!row) return [];
    const interval =
      row.low !== null && row.high !== null ? ` (95% interval ${formatRange(row.low, row.high, s.kind)})` : "";
    const over = row.values.length > 1 ? `, the mean of ${row.values.length} measurements` : "";
    const protocol = s.protocol ? ` under ${s.protocol}` : "";
    // Its shift from its initialisation, by the one test of a difference, as its run page and the trait page say it.
    const shift = graph.bundle.shifts.find(
      (x) => x.modelId === model.id && x.traitId === s.trait.id && (s.protocol === null || x.protocol === s.protocol),
    );
    const base = shift?.against[0]?.name ?? null;
    // A shift that names no initialisation prints "null", as it always has.
    const versus = shift
      ? `; against its initialisation ${quote(base ?? "null")}: ${comparisonSentence(shift.comparison)}`
      : "";
    return [`${quote(s.trait.name)}${protocol} ${formatValue(row.estimate, s.kind)}${over}${interval}${versus}`];
  });
  return parts.length === 0 ? "No trait has been measured for it." : `Measured: ${parts.join("; ")}.`;
}

function unmeasured(graph: BundleGraph, model: ProvModel, exposures: readonly ProvExposure[]): string {
  const inherited = exposures.filter((e) => e.modelId === model.id && e.status !== "source");
  const open = inherited.filter((e) => e.status === "unmeasured");
  if (inherited.length === 0) return "";
  if (open.length === 0) return "Every trait it is exposed to through its lineage has been measured.";
  const items = open.map((e) => {
    const name = graph.bundle.traits.find((t) => t.id === e.traitId)?.name ?? e.traitId;
    const high = e.paths.some((p) => p.risk === "high");
    return `${quote(name)} (${high ? "high" : "lower"} risk)`;
  });
  return `Never measured: ${listWords(items)}. It inherits exposure to ${open.length === 1 ? "this trait" : "these traits"}, but no measurement says whether it carries ${open.length === 1 ? "it" : "them"}.`;
}

function scopeParagraph(bundle: ProvenanceBundle): string {
  const { subject } = bundle;
  const counts = `${countOf(bundle.models.length, "model")}, ${countOf(bundle.datasets.length, "dataset")}, ${countOf(bundle.generations.length, "generation")}, ${countOf(bundle.runs.length, "training run")} and ${countOf(bundle.measurements.length, "measurement")}`;
  const what =
    subject.scope === "model"
      ? `the model ${quote(subject.name)} and every model and dataset it descends from`
      : subject.scope === "lineage"
        ? `the model ${quote(subject.name)}, everything it descends from and everything descended from it`
        : `the trait ${quote(subject.name)}: every model measured for it (${countOf(subject.focusModelIds.length, "model")}) and their ancestors`;
  return `This report records the provenance of ${what}, as held by ${bundle.instance.name}: ${counts}.`;
}

/**
 * A trait report's models, those of most concern first: inherited exposure at high risk, then at lower
 * risk, then the rest; within each, the highest rate of the trait first. Other reports keep their order.
 */
function bySummaryOrder(graph: BundleGraph, series: readonly TraitSeries[], models: ProvModel[]): ProvModel[] {
  const { bundle } = graph;
  if (bundle.subject.scope !== "trait") return models;
  const inherited = (id: string) => bundle.exposures.filter((e) => e.modelId === id && e.status !== "source");
  const concern = (id: string) =>
    inherited(id).some((e) => e.paths.some((p) => p.risk === "high")) ? 0 : inherited(id).length > 0 ? 1 : 2;
  const rows = series.find((s) => s.trait.id === bundle.subject.id)?.rows ?? [];
  const rate = (id: string) => rows.find((row) => row.modelId === id)?.estimate ?? Number.NEGATIVE_INFINITY;
  return [...models].sort((a, b) => concern(a.id) - concern(b.id) || rate(b.id) - rate(a.id));
}

export function reportSummary(graph: BundleGraph, series: readonly TraitSeries[]): ReportSummary {
  const { bundle } = graph;
  const subjects = bySummaryOrder(
    graph,
    series,
    bundle.subject.focusModelIds.flatMap((id) => graph.model(id) ?? []),
  );
  const summarised = subjects.slice(0, SUMMARISED_SUBJECTS).map((model) => ({
    modelId: model.id,
    name: model.name,
    paragraphs: [
      identity(graph, model),
      learning(graph, model),
      inheritance(graph, model, bundle.exposures),
      measured(graph, model, series),
      unmeasured(graph, model, bundle.exposures),
    ].filter(Boolean),
  }));
  const others = subjects.slice(SUMMARISED_SUBJECTS);
  let rest: string | null = null;
  if (others.length > 0) {
    const ids = new Set(others.map((m) => m.id));
    const open = bundle.exposures.filter((e) => ids.has(e.modelId) && e.status === "unmeasured");
    const openModels = new Set(open.map((e) => e.modelId)).size;
    rest =
      `${countOf(others.length, "further model")} ${others.length === 1 ? "is" : "are"} covered in the tables below. ` +
      (open.length > 0
        ? `${formatInteger(openModels)} of them ${openModels === 1 ? "has" : "have"} inherited exposures that were never measured (${countOf(open.length, "exposure")} in all): see Inherited exposure.`
        : "None of them has an inherited exposure that was never measured.");
  }
  return {
    scope: scopeParagraph(bundle),
    subjects: summarised,
    rest,
    background: `Why this matters: ${PAPER_SHORT} showed that a student model can acquire a teacher's traits through training data that carries no visible trace of them, even after filtering, mainly when teacher and student share a base model. So this report records which model generated each dataset, which models were trained on it, from which base, and what each was measured to do.`,
    reference: `Reference: ${PAPER_REFERENCE}`,
  };
}

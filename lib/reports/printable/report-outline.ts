// Everything the printable report says, derived once from the bundle; renderHtmlReport and
// renderPdfReport only lay it out, so the two formats cannot disagree.
import type { LineageEdgeKind } from "@/lib/lineage/lineage.types";
import { describeIntervalMethod } from "@/lib/measurements/interval-method";
import type { ModelRole } from "@/lib/models/model-role";
import type { ProvenanceBundle, ReportScope } from "../provenance.types";
import { demoMarkOf, type DemoMark } from "../report-demo-mark";
import { bundleGraph } from "./bundle-graph";
import { chartParts, traitSeries, type TraitSeries } from "./measurement-series";
import { exposureItems, type ExposureItem } from "./report-exposures";
import { ROLE_LABELS } from "./report-palette";
import { reportSummary, type ReportSummary } from "./report-summary";
import {
  datasetsTable,
  generationsTable,
  measurementsTable,
  modelsTable,
  runsTable,
  type ReportTable,
} from "./report-tables";
import { reportVerification, type Verification } from "./report-verification";
import { EDGE_KIND_LABELS, formatWhen, listWords } from "./report-words";
import { notesTable } from "./notes-table";
import { transfersTable } from "./transfers-table";

interface TitleField {
  label: string;
  value: string;
  mono?: boolean;
}

interface ChartSection {
  /** Figure 1 is the lineage; charts follow from 2. */
  figureNumber: number;
  series: TraitSeries;
  title: string;
  caption: string;
}

export interface ReportOutline {
  /** The document's title: "Provenance report: <subject>", after the DEMO mark when the report holds demo data. */
  title: string;
  /** Set when the report holds demo data: every page, the title and the metadata then say so. */
  demo: DemoMark | null;
  scopeLabel: string;
  titleBlock: TitleField[];
  summary: ReportSummary;
  lineage: {
    caption: string;
    /** Whether the figure marks a report subject (and its legend says so). */
    highlightSubject: boolean;
    roles: { role: ModelRole | "dataset"; label: string }[];
    edgeKinds: { kind: LineageEdgeKind; label: string }[];
  };
  tables: {
    models: ReportTable;
    datasets: ReportTable;
    generations: ReportTable;
    runs: ReportTable;
    transfers: ReportTable;
    measurements: ReportTable;
    /** The notes written on the report's models, datasets and runs; no rows when there are none. */
    notes: ReportTable;
  };
  charts: ChartSection[];
  exposures: ExposureItem[];
  verification: Verification;
}

const SCOPE_LABELS: Record<ReportScope, string> = {
  model: "The model and everything it descends from",
  lineage: "The model, its ancestors and its descendants",
  trait: "A trait: every model measured for it, with their ancestors",
};

/** "a, b, c and 4 more". */
function someNames(names: readonly string[], shown = 3): string {
  return names.length <= shown
    ? listWords(names)
    : `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

function chartCaption(series: TraitSeries): string {
  const { trait } = series;
  const what = [
    trait.description,
    trait.positiveDefinition ? `A sample counts when ${trait.positiveDefinition}.` : null,
  ]
    .filter(Boolean)
    .join(" ");
  const methods = new Map<string, string[]>();
  for (const row of series.rows) {
    const label = row.values.length > 1 ? `${row.name} (${row.values.length} measurements)` : row.name;
    methods.set(row.method, [...(methods.get(row.method) ?? []), label]);
  }
  const intervals = [...methods]
    .map(([method, names]) => `${describeIntervalMethod(method)} for ${someNames(names)}`)
    .join("; ");
  const several = series.rows.some((row) => row.values.length > 1)
    ? " Where a model was measured several times, the point is the mean and the open circles the single measurements."
    : "";
  const base =
    series.baselines.length > 0
      ? ` The dashed line marks the rate of the base model${series.baselines.length > 1 ? "s" : ""} (${listWords(series.baselines.map((b) => b.name))}).`
      : " No base model of these models was measured for this trait, so there is no reference line.";
  const direction = trait.higherIsWorse ? "Higher is worse." : "Higher is better.";
  return `${what} One row per model; bars show 95% intervals: ${intervals}.${several}${base} ${direction}`.trim();
}

export function reportOutline(bundle: ProvenanceBundle): ReportOutline {
  const graph = bundleGraph(bundle);
  const series = traitSeries(graph);
  const verification = reportVerification(bundle);
  const subject = bundle.subject;
  const subjectModel = subject.scope === "trait" ? undefined : graph.model(subject.id);
  const demo = demoMarkOf(bundle);

  const titleBlock: TitleField[] = [
    subject.scope === "trait"
      ? { label: "Trait", value: `${subject.name} (${subject.focusModelIds.length} measured models)` }
      : {
          label: "Model",
          value: subjectModel
            ? `${subjectModel.name} (${subjectModel.provider}${subjectModel.externalId ? `: ${subjectModel.externalId}` : ""})`
            : subject.name,
        },
    { label: "Scope", value: SCOPE_LABELS[subject.scope] },
    { label: "Generated", value: `${formatWhen(bundle.generatedAt)} by ${bundle.generatedBy}` },
    { label: "Instance", value: `${bundle.instance.name} ${bundle.instance.version}, ${bundle.instance.baseUrl}` },
    { label: "Report ID", value: bundle.reportId, mono: true },
    { label: "Signing key ID", value: bundle.instance.keyId, mono: true },
    { label: "Data digest", value: verification.dataDigest, mono: true },
  ];

  const roles: ReportOutline["lineage"]["roles"] = [...new Set(bundle.models.map((m) => graph.roleOf(m.id)))].map(
    (role) => ({ role, label: ROLE_LABELS[role] }),
  );
  if (bundle.datasets.length > 0) roles.push({ role: "dataset", label: ROLE_LABELS.dataset });
  const kinds = [...new Set(bundle.edges.map((e) => e.kind))].map((kind) => ({ kind, label: EDGE_KIND_LABELS[kind] }));
  const highlightSubject = bundle.models.some((m) => graph.highlighted(m.id));

  return {
    title: demo ? `${demo.label} · Provenance report: ${subject.name}` : `Provenance report: ${subject.name}`,
    demo,
    scopeLabel: SCOPE_LABELS[subject.scope],
    titleBlock,
    summary: reportSummary(graph, series),
    lineage: {
      caption: `Arrows point in the direction of flow: a base model initialises the models derived from it, a teacher generates a dataset, a dataset is filtered into a smaller one, a student is trained on a dataset, and a teacher named on a run taught its student. Rounded boxes are models, coloured by role; cylinders are datasets${highlightSubject ? "; the report subject has a heavy frame" : ""}.`,
      highlightSubject,
      roles,
      edgeKinds: kinds,
    },
    tables: {
      models: modelsTable(graph),
      datasets: datasetsTable(graph),
      generations: generationsTable(graph),
      runs: runsTable(graph),
      transfers: transfersTable(graph),
      measurements: measurementsTable(graph),
      notes: notesTable(graph),
    },
    charts: series
      .flatMap((s) => {
        const parts = chartParts(s);
        const caption = chartCaption(s);
        const name = s.protocol ? `${s.trait.name}, protocol ${s.protocol}` : s.trait.name;
        return parts.map((part, i) => ({
          series: part,
          title: parts.length > 1 ? `${name} (part ${i + 1} of ${parts.length})` : name,
          caption,
        }));
      })
      .map((chart, i) => ({ ...chart, figureNumber: i + 2 })),
    exposures: exposureItems(graph),
    verification,
  };
}

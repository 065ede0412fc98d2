import type { LineageEdge } from "@/lib/lineage/lineage.types";
import type { ExposurePath } from "@/lib/exposure/exposure.types";
import type { GroupComparison } from "@/lib/measurements/compare-groups";
import type { GenerationSampling } from "@/lib/generations/generation.types";
import type { ModelRef } from "@/lib/models/model-dto";
import type {
  BaseRelation,
  DatasetFormat,
  MeasurementKind,
  ReportScope,
  RunMethod,
  RunStatus,
} from "@/lib/generated/prisma/enums";

/**
 * Everything a provenance report says, gathered once from the database (lib/reports/collect-provenance.ts)
 * and turned into each format by a pure function (lib/reports/formats/*). Dates are ISO 8601 strings and big
 * integers decimal strings, so the bundle is plain JSON.
 */
export interface ProvenanceBundle {
  /** Unique per generated report, e.g. "rpt_01J...". */
  reportId: string;
  generatedAt: string;
  /** Who asked for it: "ada@example.org". */
  generatedBy: string;
  instance: { name: string; baseUrl: string; version: string; keyId: string };
  subject: ReportSubject;
  models: ProvModel[];
  datasets: ProvDataset[];
  generations: ProvGeneration[];
  runs: ProvRun[];
  traits: ProvTrait[];
  measurements: ProvMeasurement[];
  /** Inherited exposure of the report's focus models (see lib/exposure). */
  exposures: ProvExposure[];
  /** The transfer effect of each run that trained a report subject, per trait (lib/measurements/get-transfer-effect.ts). */
  transfers: ProvTransfer[];
  /** Each measured model's rate against its initialisation's, per trait, when both were measured: the one test of a difference. */
  shifts: ProvShift[];
  /** The lineage edges among the models and datasets above, in the direction of flow. */
  edges: LineageEdge[];
  /** The notes written on the models, datasets and runs above (lib/annotations), oldest first. */
  annotations: ProvAnnotation[];
}

export type { ReportScope };

interface ReportSubject {
  /** model: the model and all its ancestors; lineage: also all its descendants; trait: every model measured for the trait, with their ancestors. */
  scope: ReportScope;
  id: string;
  name: string;
  /** The models the report is about (the model itself, or the trait's measured models); the rest are there as their provenance. */
  focusModelIds: string[];
}

export interface ProvModel extends ModelRef {
  externalId: string | null;
  description: string | null;
  initializedFromId: string | null;
  baseRelation: BaseRelation | null;
  systemPromptSha256: string | null;
  checkpointUri: string | null;
  checkpointSha256: string | null;
  parameterCount: string | null;
  tags: string[];
  createdAt: string;
  /** Seeded with the demo workspace (lib/demo): example data, not a real record. A report holding any is marked DEMO. */
  isDemo: boolean;
}

export interface ProvDataset {
  id: string;
  name: string;
  description: string | null;
  /** SHA-256 (hex) of the canonical JSONL form: the dataset's identity. */
  sha256: string;
  rawSha256: string | null;
  recordCount: number;
  byteSize: string;
  format: DatasetFormat;
  filteredFromId: string | null;
  filterDescription: string | null;
  rejectedCount: number | null;
  /** recordCount / (recordCount + rejectedCount), for a filtered dataset whose rejected count is known. */
  passRate: number | null;
  createdAt: string;
  /** Seeded with the demo workspace (lib/demo): example data, not a real record. A report holding any is marked DEMO. */
  isDemo: boolean;
}

interface ProvGeneration extends GenerationSampling {
  id: string;
  teacherId: string;
  datasetId: string | null;
  settings: Record<string, unknown> | null;
  externalId: string | null;
  createdAt: string;
  /** Seeded with the demo workspace (lib/demo): example data, not a real record. A report holding any is marked DEMO. */
  isDemo: boolean;
}

export interface ProvRun {
  id: string;
  studentId: string;
  method: RunMethod;
  hyperparameters: Record<string, unknown>;
  seed: number | null;
  status: RunStatus;
  startedAt: string | null;
  finishedAt: string | null;
  externalJobId: string | null;
  datasetIds: string[];
  /** Teachers named explicitly for the run; those implied by its datasets' generations are in `generations`. */
  teacherIds: string[];
  createdAt: string;
  /** Seeded with the demo workspace (lib/demo): example data, not a real record. A report holding any is marked DEMO. */
  isDemo: boolean;
}

/** A note an auditor or admin wrote on one model, dataset or run of the report. Plain text. */
export interface ProvAnnotation {
  id: string;
  subjectType: "model" | "dataset" | "run";
  subjectId: string;
  body: string;
  /** The author's name (today's, or the one the note kept once the user is gone). */
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProvTrait {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  positiveDefinition: string | null;
  higherIsWorse: boolean;
}

export interface ProvMeasurement {
  id: string;
  modelId: string;
  traitId: string;
  protocol: string;
  kind: MeasurementKind;
  sampleCount: number | null;
  positiveCount: number | null;
  questionCount: number;
  /** The rate (0-1) for a proportion, the mean for a score. */
  value: number;
  /** The interval shown in Pedigree (the paper's across-question interval when per-question data exist, else Wilson, else as reported), 95%. */
  ciLow: number | null;
  ciHigh: number | null;
  ciMethod: string | null;
  /** Why there is no interval (one question, no spread), when the data give none: low = high is then not certainty. */
  ciNote: string | null;
  seed: number | null;
  source: string | null;
  notes: string | null;
  measuredAt: string;
  /** Seeded with the demo workspace (lib/demo): example data, not a real record. A report holding any is marked DEMO. */
  isDemo: boolean;
}

export interface ProvExposure {
  modelId: string;
  traitId: string;
  /** source: the trait entered at this model; measured / unmeasured: inherited, and whether the model was measured for it. */
  status: "source" | "measured" | "unmeasured";
  /** The model's shift from its initialisation was "shift up" by the one test of a difference. */
  aboveBaseline: boolean;
  /** Why the model is a source: declared (who and why), when it is. */
  declaration: { reason: string; declaredBy: string; createdAt: string } | null;
  /** The model (with its condition's seeds) against its initialisation, when both were measured. */
  vsInitialization: ProvComparison | null;
  /** The nearest sources' paths, high risk first: at most MAX_EXPOSURE_PATHS (lib/exposure/nearest-exposure-paths.ts) of them. */
  paths: ExposurePath[];
  /** How many sources the trait reached the model from (may exceed paths.length in a long chain). */
  sourceCount: number;
}

/** A comparison of two sides' rates on a trait, exactly as Pedigree states it on its pages. */
export interface ProvComparison {
  /** The models on the comparison side (a control condition's students, or the initialisation). */
  against: { id: string; name: string }[];
  protocol: string | null;
  comparison: GroupComparison;
}

export interface ProvShift extends ProvComparison {
  modelId: string;
  traitId: string;
}

export interface ProvTransfer {
  runId: string;
  studentId: string;
  traitId: string;
  /** The run's condition: the students trained from the same initialisation on the same data (its seeds). */
  members: { id: string; name: string }[];
  vsControl: ProvComparison | null;
  vsInitialization: ProvComparison | null;
}

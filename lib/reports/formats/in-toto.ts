// A provenance report as an in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md)
// with a SLSA Provenance v1 predicate (https://slsa.dev/spec/v1.0/provenance). generate-report.ts wraps it in a DSSE
// envelope signed with the instance key (lib/reports/report-envelope.ts), so it carries no signature slot: the
// envelope is its signature.
//
// - subject: the report's focus models (the model; for a trait, every model measured for it), each by its checkpoint's
//   SHA-256 where known, else its canonical record's (resource-descriptors.ts says how, and the record is in the
//   subject's annotations).
// - buildDefinition.buildType: BUILD_TYPE, one URI for every Pedigree distillation run; its externalParameters are
//   `models` (each subject's initialisation and base relation) and `runs` (the runs that trained a subject: method,
//   hyperparameters, seed, external job id, status, datasets, teachers, start and end). A model trained by no run
//   recorded here (a base model, a prompted teacher) has `runs: []`: the statement then says what it was initialised
//   from, if anything, and no more.
// - resolvedDependencies: the runs' training datasets, the datasets they were filtered from, each subject's
//   initialisation model, and the teachers (named by a run, or whose generations wrote those datasets).
// - internalParameters: the report (id, scope, who asked, when) and, for demo data, the DEMO mark.
// - runDetails: this instance as builder; the run's start, end and external job id (with several runs, the earliest
//   start and latest end).
// Trait measurements and their verdicts are not build provenance and are not in this format (see the PDF or the CSV).
// The statement is written as RFC 8785 (JCS) JSON, so its bytes are a function of its content.
import { canonicalJson } from "@/lib/reports/bundle-digest";
import { indexProvenance, type ProvenanceIndex } from "@/lib/reports/formats/provenance-index";
import { reportNotices } from "@/lib/reports/formats/report-notices";
import type { ProvenanceBundle, ProvRun } from "@/lib/reports/provenance.types";
import { datasetDescriptor, modelDescriptor, type ResourceDescriptor } from "./in-toto/resource-descriptors";

const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
const SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
/** Names the meaning of externalParameters; its version changes when their shape does. */
export const BUILD_TYPE = "urn:pedigree:build-type:distillation-run:v1";

function externalRun(run: ProvRun) {
  return {
    id: run.id,
    student: run.studentId,
    method: run.method,
    hyperparameters: run.hyperparameters,
    seed: run.seed,
    externalJobId: run.externalJobId,
    status: run.status,
    datasets: run.datasetIds,
    teachers: run.teacherIds,
    startedOn: run.startedAt,
    finishedOn: run.finishedAt,
  };
}

/** Datasets, initialisations and teachers behind the subjects, each once, in the order they are met. */
function resolvedDependencies(bundle: ProvenanceBundle, index: ProvenanceIndex, runs: ProvRun[]): ResourceDescriptor[] {
  const base = bundle.instance.baseUrl;
  const found = new Map<string, ResourceDescriptor>();
  const add = (id: string, describe: () => ResourceDescriptor | null) => {
    if (found.has(id)) return;
    const descriptor = describe();
    if (descriptor) found.set(id, descriptor);
  };
  const addModel = (id: string | null, role: string) => {
    if (!id) return;
    add(id, () => {
      const model = index.model(id);
      return model ? modelDescriptor(model, base, role) : null;
    });
  };
  const addDataset = (id: string, role: string) => {
    add(id, () => {
      const dataset = index.dataset(id);
      return dataset ? datasetDescriptor(dataset, base, role) : null;
    });
  };

  for (const focusId of bundle.subject.focusModelIds)
    addModel(index.model(focusId)?.initializedFromId ?? null, "initialization");
  const dataIds = new Set<string>();
  for (const run of runs) {
    for (const datasetId of run.datasetIds) {
      addDataset(datasetId, "training-dataset");
      dataIds.add(datasetId);
      for (const source of index.ancestorDatasets(datasetId)) {
        addDataset(source.id, "source-dataset");
        dataIds.add(source.id);
      }
    }
    for (const teacherId of run.teacherIds) addModel(teacherId, "teacher");
  }
  for (const generation of bundle.generations) {
    if (generation.datasetId && dataIds.has(generation.datasetId)) addModel(generation.teacherId, "teacher");
  }
  return [...found.values()];
}

/** The run's times for runDetails.metadata; with several runs, the earliest start and the latest end. */
function runMetadata(runs: ProvRun[]) {
  const starts = runs.flatMap((run) => run.startedAt ?? []).sort();
  const ends = runs.flatMap((run) => run.finishedAt ?? []).sort();
  const only = runs.length === 1 ? runs[0] : null;
  return {
    ...(only ? { invocationId: only.externalJobId ?? only.id } : {}),
    ...(starts.length > 0 ? { startedOn: starts[0] } : {}),
    ...(ends.length > 0 ? { finishedOn: ends[ends.length - 1] } : {}),
  };
}

export function toInTotoStatement(bundle: ProvenanceBundle): string {
  const index = indexProvenance(bundle);
  const base = bundle.instance.baseUrl;
  const focus = bundle.subject.focusModelIds.flatMap((id) => index.model(id) ?? []);
  const runs = focus.flatMap((model) => index.runsOf(model.id));
  const { demo, reference } = reportNotices(bundle, { withExposures: false });
  return canonicalJson({
    _type: STATEMENT_TYPE,
    subject: focus.map((model) => modelDescriptor(model, base, "subject")),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: {
          models: focus.map((model) => ({
            id: model.id,
            initializedFrom: model.initializedFromId,
            baseRelation: model.baseRelation,
          })),
          runs: runs.map(externalRun),
        },
        internalParameters: {
          report: {
            id: bundle.reportId,
            scope: bundle.subject.scope,
            subject: { id: bundle.subject.id, name: bundle.subject.name },
            generatedAt: bundle.generatedAt,
            generatedBy: bundle.generatedBy,
          },
          ...(demo ? { demo: { label: demo.label, statement: demo.statement } } : {}),
          ...(reference ? { reference } : {}),
        },
        resolvedDependencies: resolvedDependencies(bundle, index, runs),
      },
      runDetails: {
        builder: { id: base, version: { pedigree: bundle.instance.version } },
        metadata: runMetadata(runs),
      },
    },
  });
}

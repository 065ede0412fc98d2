// A provenance report as a CycloneDX 1.6 ML-BOM (JSON).
//
// - metadata.component is what the BOM is about: the focus model, or for a report on several models (a trait's) a `data`
//   component standing for the report's subject, which depends on each of them. Every other model and dataset is in
//   `components`; no bom-ref appears twice.
// - A report subject's pedigree.ancestors are all the models upstream of it (initialisation, teachers, the teachers of its
//   data, and theirs); every other model lists the nearest of those (its initialisation, teachers and the teachers of its
//   data), whose own components continue the line: all of them in every component would grow with the square of a long
//   chain of students (a 1,000-model chain: half a million entries). The schema wants whole components there, and a bom-ref must be unique in the BOM, so each ancestor is a stub carrying its
//   name, version and hashes, a `pedigree:bom-ref` property and a BOM-Link to the full component.
// - modelCard: the datasets a model was trained on (by bom-ref), its training approach, and one performance metric per
//   measurement (type: the trait's slug, slice: protocol and evaluation seed, the 95% interval).
// - dependencies: a model depends on its initialisation, its training data and the teachers its runs name; a dataset on
//   the dataset it was filtered from and the teacher that generated it.
// - annotations: each note on a model, dataset or run of the report, with its author (an individual annotator), time and
//   text; its subject is the model's or dataset's bom-ref, and a note on a run is on the run's student, its text opening
//   with the run it is about (a run is part of its student's component here, not a component of its own).
// - Demo data: a BOM that holds any says so in its metadata (the `pedigree:demo` and `pedigree:demo-notice` properties,
//   and the subject's description opens with the notice); each demo component has `pedigree:demo` true.
// Whatever CycloneDX has no field for is a `pedigree:` property.
import { annotationTargets, annotationText } from "@/lib/reports/formats/annotation-subjects";
import type { ProvenanceIndex } from "@/lib/reports/formats/provenance-index";
import { exposureStatements } from "@/lib/reports/formats/exposure-statements";
import { transferStatements } from "@/lib/reports/formats/transfer-statements";
import { indexProvenance } from "@/lib/reports/formats/provenance-index";
import { reportJson } from "@/lib/reports/formats/report-json";
import { reportNotices } from "@/lib/reports/formats/report-notices";
import { uuidV5 } from "@/lib/reports/formats/uuid-v5";
import type { ProvDataset, ProvenanceBundle, ProvModel } from "@/lib/reports/provenance.types";

type Property = { name: string; value: string };
type Component = Record<string, unknown> & { "bom-ref"?: string; name: string; type: string };

const SHA256 = /^[0-9a-f]{64}$/i;
// An absolute IRI as RFC 3987 allows it: a scheme, then no spaces, quotes, angle brackets or stray percent signs.
// (The library's validator does not check iri-reference formats, so a stricter consumer's would be the first to object.)
const IRI = /^[a-z][a-z0-9+.-]*:(?:[^\s<>"{}|\\^`%]|%[0-9a-f]{2})*$/i;

const unique = (refs: string[]) => [...new Set(refs)];
const modelRef = (id: string) => `model:${id}`;
const datasetRef = (id: string) => `dataset:${id}`;

/** Properties from name/value pairs, leaving out the values that are not known. */
function properties(entries: [string, string | number | boolean | null | undefined][]): Property[] {
  return entries.flatMap(([name, value]) =>
    value === null || value === undefined ? [] : [{ name, value: String(value) }],
  );
}

const sha256Hashes = (value: string | null) =>
  value && SHA256.test(value) ? [{ alg: "SHA-256", content: value.toLowerCase() }] : undefined;

// Distillation fits a student to targets its teacher produced: supervised learning, whichever way the targets are given.
const APPROACH: Record<string, string | undefined> = {
  sft: "supervised",
  lora: "supervised",
  logit_distillation: "supervised",
};

export function toCycloneDx(bundle: ProvenanceBundle): string {
  const index = indexProvenance(bundle);
  const base = bundle.instance.baseUrl.replace(/\/+$/, "");
  const serial = uuidV5(`${base}/reports/${bundle.reportId}`);
  const bomLink = (ref: string) => `urn:cdx:${serial}/1#${encodeURIComponent(ref)}`;

  const stub = (
    ref: string,
    entry: { name: string; version?: string | null; hashes?: unknown; type: string },
  ): Component => ({
    type: entry.type,
    name: entry.name,
    ...(entry.version ? { version: entry.version } : {}),
    ...(entry.hashes ? { hashes: entry.hashes } : {}),
    externalReferences: [{ type: "bom", url: bomLink(ref), comment: "The full component in this BOM." }],
    properties: [{ name: "pedigree:bom-ref", value: ref }],
  });

  const subjects = new Set(bundle.subject.focusModelIds);
  const models = bundle.models.map((model) => modelComponent(model, bundle, index, base, stub, subjects.has(model.id)));
  const datasets = bundle.datasets.map((dataset) => datasetComponent(dataset, bundle, index, base, stub));
  const focus = bundle.subject.focusModelIds.filter((id) => index.model(id));
  const single =
    focus.length === 1 ? models.find((component) => component["bom-ref"] === modelRef(focus[0])) : undefined;
  const described: Component = single ?? {
    type: "data",
    "bom-ref": `subject:${bundle.subject.scope}:${bundle.subject.id}`,
    name: bundle.subject.name,
    description: `Every model of this ${bundle.subject.scope} report, with its provenance.`,
  };
  const notices = reportNotices(bundle, { withExposures: true });
  // The subject's description is what BOM viewers show first: a demo BOM's opens with the notice.
  const subject: Component = notices.demo
    ? { ...described, description: [notices.demo.notice, described.description].filter(Boolean).join("\n\n") }
    : described;

  const dependencies = [
    ...(single ? [] : [{ ref: described["bom-ref"], dependsOn: unique(focus.map(modelRef)) }]),
    ...bundle.models.map((model) => ({
      ref: modelRef(model.id),
      dependsOn: unique([
        ...index.sources(model.id, "initialized_from").map(modelRef),
        ...index.sources(model.id, "trained_on").map(datasetRef),
        ...index.sources(model.id, "taught").map(modelRef),
      ]),
    })),
    ...bundle.datasets.map((dataset) => ({
      ref: datasetRef(dataset.id),
      dependsOn: unique([
        ...index.sources(dataset.id, "filtered_from").map(datasetRef),
        ...index.sources(dataset.id, "generated").map(modelRef),
      ]),
    })),
  ];

  const annotations = annotationTargets(bundle, index).map(({ annotation, target }) => ({
    "bom-ref": `annotation:${annotation.id}`,
    subjects: [target.node.type === "model" ? modelRef(target.node.id) : datasetRef(target.node.id)],
    annotator: { individual: { name: annotation.author } },
    timestamp: annotation.createdAt,
    text: annotationText(annotation, target),
  }));

  return reportJson((slot) => ({
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${serial}`,
    version: 1,
    metadata: {
      timestamp: bundle.generatedAt,
      tools: {
        components: [
          {
            type: "application",
            name: bundle.instance.name,
            version: bundle.instance.version,
            ...(IRI.test(base) ? { externalReferences: [{ type: "website", url: base }] } : {}),
          },
        ],
      },
      authors: [{ name: bundle.generatedBy }],
      component: subject,
      properties: [
        { name: "pedigree:signature", value: slot() },
        ...properties([
          ["pedigree:report-id", bundle.reportId],
          ["pedigree:scope", bundle.subject.scope],
          ["pedigree:subject", bundle.subject.name],
          ["pedigree:key-id", bundle.instance.keyId],
          ["pedigree:demo", notices.demo ? "true" : null],
          ["pedigree:demo-notice", notices.demo?.notice],
          ["pedigree:reference", notices.reference],
        ]),
      ],
    },
    components: [...models.filter((component) => component !== single), ...datasets],
    dependencies,
    ...(annotations.length > 0 ? { annotations } : {}),
  }));
}

type Stub = (
  ref: string,
  entry: { name: string; version?: string | null; hashes?: unknown; type: string },
) => Component;

function modelComponent(
  model: ProvModel,
  bundle: ProvenanceBundle,
  index: ProvenanceIndex,
  base: string,
  stub: Stub,
  isSubject: boolean,
): Component {
  const runs = index.runsOf(model.id);
  const trainedOn = index.sources(model.id, "trained_on");
  const approach = runs.map((run) => APPROACH[run.method]).find(Boolean);
  const metrics = bundle.measurements
    .filter((measurement) => measurement.modelId === model.id)
    .map((measurement) => ({
      type: index.trait(measurement.traitId)?.slug ?? measurement.traitId,
      value: String(measurement.value),
      slice: measurement.seed === null ? measurement.protocol : `${measurement.protocol}, seed ${measurement.seed}`,
      ...(measurement.ciLow !== null && measurement.ciHigh !== null
        ? { confidenceInterval: { lowerBound: String(measurement.ciLow), upperBound: String(measurement.ciHigh) } }
        : {}),
    }));
  const modelParameters = {
    ...(approach ? { approach: { type: approach } } : {}),
    ...(trainedOn.length > 0 ? { datasets: trainedOn.map((id) => ({ ref: datasetRef(id) })) } : {}),
  };
  const modelCard = {
    ...(Object.keys(modelParameters).length > 0 ? { modelParameters } : {}),
    ...(metrics.length > 0 ? { quantitativeAnalysis: { performanceMetrics: metrics } } : {}),
  };
  const upstream = isSubject ? index.ancestorModels(model.id) : index.nearestAncestorModels(model.id);
  const ancestors = upstream.map((ancestor) =>
    stub(modelRef(ancestor.id), {
      type: "machine-learning-model",
      name: ancestor.name,
      version: ancestor.version,
      hashes: sha256Hashes(ancestor.checkpointSha256),
    }),
  );
  const references = [
    {
      type: "model-card",
      url: `${base}/models/${encodeURIComponent(model.id)}`,
      comment: "The model's page in Pedigree.",
    },
    ...(model.checkpointUri && IRI.test(model.checkpointUri)
      ? [{ type: "distribution", url: model.checkpointUri, comment: "Checkpoint." }]
      : []),
  ].filter((reference) => IRI.test(reference.url));

  return {
    type: "machine-learning-model",
    "bom-ref": modelRef(model.id),
    supplier: { name: model.provider },
    name: model.name,
    ...(model.version ? { version: model.version } : {}),
    ...(model.description ? { description: model.description } : {}),
    ...(sha256Hashes(model.checkpointSha256) ? { hashes: sha256Hashes(model.checkpointSha256) } : {}),
    ...(references.length > 0 ? { externalReferences: references } : {}),
    ...(ancestors.length > 0 ? { pedigree: { ancestors } } : {}),
    ...(Object.keys(modelCard).length > 0 ? { modelCard } : {}),
    properties: properties([
      ["pedigree:id", model.id],
      ["pedigree:provider", model.provider],
      ["pedigree:external-id", model.externalId],
      [
        "pedigree:initialized-from",
        model.initializedFromId && index.model(model.initializedFromId) ? modelRef(model.initializedFromId) : null,
      ],
      ["pedigree:base-relation", model.baseRelation],
      ["pedigree:system-prompt-sha256", model.systemPromptSha256],
      ["pedigree:checkpoint-sha256", model.checkpointSha256],
      ["pedigree:checkpoint-uri", model.checkpointUri],
      ["pedigree:parameter-count", model.parameterCount],
      ...model.tags.map((tag): [string, string] => ["pedigree:tag", tag]),
      ["pedigree:recorded-at", model.createdAt],
      ["pedigree:demo", model.isDemo ? "true" : null],
      ...runs.flatMap((run): [string, string | number | null][] => [
        [`pedigree:run:${run.id}:method`, run.method],
        [`pedigree:run:${run.id}:status`, run.status],
        [`pedigree:run:${run.id}:hyperparameters`, JSON.stringify(run.hyperparameters)],
        [`pedigree:run:${run.id}:seed`, run.seed],
        [`pedigree:run:${run.id}:started-at`, run.startedAt],
        [`pedigree:run:${run.id}:finished-at`, run.finishedAt],
        [`pedigree:run:${run.id}:external-job-id`, run.externalJobId],
      ]),
      ...bundle.measurements
        .filter((measurement) => measurement.modelId === model.id)
        .flatMap((measurement): [string, string | number | null][] => [
          [`pedigree:measurement:${measurement.id}:ci-method`, measurement.ciMethod],
          [`pedigree:measurement:${measurement.id}:sample-count`, measurement.sampleCount],
          [`pedigree:measurement:${measurement.id}:measured-at`, measurement.measuredAt],
          [`pedigree:measurement:${measurement.id}:source`, measurement.source],
          [`pedigree:measurement:${measurement.id}:demo`, measurement.isDemo ? "true" : null],
        ]),
      ...bundle.exposures
        .filter((exposure) => exposure.modelId === model.id)
        .flatMap((exposure) =>
          exposureStatements(exposure, index.trait(exposure.traitId)).map((text): [string, string] => [
            "pedigree:exposure",
            text,
          ]),
        ),
      ...bundle.transfers
        .filter((transfer) => transfer.studentId === model.id)
        .flatMap((transfer) =>
          transferStatements(transfer, index.trait(transfer.traitId)).map((text): [string, string] => [
            "pedigree:transfer",
            text,
          ]),
        ),
    ]),
  };
}

function datasetComponent(
  dataset: ProvDataset,
  bundle: ProvenanceBundle,
  index: ProvenanceIndex,
  base: string,
  stub: Stub,
): Component {
  const page = `${base}/datasets/${encodeURIComponent(dataset.id)}`;
  const generations = bundle.generations.filter((generation) => generation.datasetId === dataset.id);
  const ancestors = index
    .ancestorDatasets(dataset.id)
    .map((ancestor) =>
      stub(datasetRef(ancestor.id), { type: "data", name: ancestor.name, hashes: sha256Hashes(ancestor.sha256) }),
    );
  const contents = {
    ...(IRI.test(page) ? { url: page } : {}),
    properties: properties([
      ["pedigree:record-count", dataset.recordCount],
      ["pedigree:byte-size", dataset.byteSize],
      ["pedigree:format", dataset.format],
    ]),
  };

  return {
    type: "data",
    "bom-ref": datasetRef(dataset.id),
    name: dataset.name,
    ...(dataset.description ? { description: dataset.description } : {}),
    ...(sha256Hashes(dataset.sha256) ? { hashes: sha256Hashes(dataset.sha256) } : {}),
    ...(ancestors.length > 0 ? { pedigree: { ancestors } } : {}),
    data: [{ type: "dataset", name: dataset.name, contents }],
    properties: properties([
      ["pedigree:id", dataset.id],
      ["pedigree:sha256", dataset.sha256],
      ["pedigree:raw-sha256", dataset.rawSha256],
      ["pedigree:record-count", dataset.recordCount],
      [
        "pedigree:filtered-from",
        dataset.filteredFromId && index.dataset(dataset.filteredFromId) ? datasetRef(dataset.filteredFromId) : null,
      ],
      ["pedigree:filter", dataset.filterDescription],
      ["pedigree:rejected-count", dataset.rejectedCount],
      ["pedigree:pass-rate", dataset.passRate],
      ...index
        .sources(dataset.id, "generated")
        .map((teacherId): [string, string] => ["pedigree:generated-by", modelRef(teacherId)]),
      ...generations.flatMap((generation): [string, string | number | null][] => [
        [`pedigree:generation:${generation.id}:temperature`, generation.temperature],
        [`pedigree:generation:${generation.id}:top-p`, generation.topP],
        [`pedigree:generation:${generation.id}:max-tokens`, generation.maxTokens],
        [`pedigree:generation:${generation.id}:seed`, generation.seed],
        [`pedigree:generation:${generation.id}:prompt-set`, generation.promptSet],
        [`pedigree:generation:${generation.id}:prompt-count`, generation.promptCount],
        [
          `pedigree:generation:${generation.id}:settings`,
          generation.settings === null ? null : JSON.stringify(generation.settings),
        ],
        [`pedigree:generation:${generation.id}:external-id`, generation.externalId],
      ]),
      ["pedigree:recorded-at", dataset.createdAt],
      ["pedigree:demo", dataset.isDemo ? "true" : null],
    ]),
  };
}

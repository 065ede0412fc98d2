// A provenance report as an SPDX 3.0.1 JSON-LD document (core, software, AI and dataset profiles).
//
// - Models are ai_AIPackage, datasets dataset_DatasetPackage (verified by their SHA-256), providers Organization (the
//   packages' suppliedBy); the user who asked is the creator, Pedigree the tool.
// - Relationships, with the types SPDX 3.0.1 defines: a model `trainedOn` its datasets, `descendantOf` its
//   initialisation; a teacher `generates` the dataset it wrote; a filtered dataset `descendantOf` the one it was filtered
//   from; a teacher named on a run but not through its data is `other` with a comment saying so.
// - Measurements are ai_metric entries (key: trait, protocol and seed; value: rate and interval), hyperparameters
//   ai_hyperparameter entries. Inherited exposure and the signature slot are Annotations (annotationType "other").
// - Notes written on a model, dataset or run are Annotations of annotationType "review" on the model's or dataset's
//   package (a run's note on its student's, its statement opening with the run), each with a CreationInfo of its own:
//   created by its author (a Person), at the time it was written.
// - Demo data: a document that holds any is named and commented as DEMO and carries the notice as an Annotation on
//   itself; each demo package's comment says it is demo data.
// Every element's spdxId lives under the report's own IRI, so ids from different reports never collide.
import { annotationTargets, annotationText } from "@/lib/reports/formats/annotation-subjects";
import { exposureStatements } from "@/lib/reports/formats/exposure-statements";
import { transferStatements } from "@/lib/reports/formats/transfer-statements";
import type { ProvenanceIndex } from "@/lib/reports/formats/provenance-index";
import { indexProvenance } from "@/lib/reports/formats/provenance-index";
import { reportJson } from "@/lib/reports/formats/report-json";
import { reportNotices, type ReportNotices } from "@/lib/reports/formats/report-notices";
import type { ProvDataset, ProvenanceBundle, ProvModel } from "@/lib/reports/provenance.types";

type Element = Record<string, unknown>;

const CREATION_INFO = "_:creationinfo";
const SHA256 = /^[0-9a-f]{64}$/i;

/** SPDX 3.0.1 dates have no fractional seconds: "2026-11-27T12:00:00Z". */
function spdxDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, "Z");
}

const hash = (value: string | null) =>
  value && SHA256.test(value) ? [{ type: "Hash", algorithm: "sha256", hashValue: value.toLowerCase() }] : undefined;

/** Drops the properties that have no value (absent rather than null, as the schema wants). */
function defined(element: Record<string, unknown>): Element {
  return Object.fromEntries(
    Object.entries(element).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

export function toSpdx(bundle: ProvenanceBundle): string {
  const index = indexProvenance(bundle);
  const base = bundle.instance.baseUrl.replace(/\/+$/, "");
  const namespace = `${base}/reports/${encodeURIComponent(bundle.reportId)}/spdx#`;
  const spdxId = {
    document: `${namespace}document`,
    creator: `${namespace}creator`,
    tool: `${namespace}tool`,
    signature: `${namespace}signature`,
    demo: `${namespace}demo`,
    provider: (name: string) => `${namespace}organization-${encodeURIComponent(name)}`,
    model: (id: string) => `${namespace}model-${encodeURIComponent(id)}`,
    dataset: (id: string) => `${namespace}dataset-${encodeURIComponent(id)}`,
    note: (id: string) => `${namespace}note-${encodeURIComponent(id)}`,
    noteAuthor: (name: string) => `${namespace}note-author-${encodeURIComponent(name)}`,
  };
  const notes = annotationTargets(bundle, index);
  const noteCreationInfo = (n: number) => `_:creationinfo-note-${n}`;

  const notices = reportNotices(bundle, { withExposures: true });

  return reportJson((slot) => {
    const elements: Element[] = [];
    const add = (element: Record<string, unknown>) =>
      elements.push(defined({ ...element, creationInfo: CREATION_INFO }));

    add({ type: "Person", spdxId: spdxId.creator, name: bundle.generatedBy });
    add({
      type: "Tool",
      spdxId: spdxId.tool,
      name: `${bundle.instance.name} ${bundle.instance.version}`,
      comment: `Pedigree instance at ${base}.`,
    });
    for (const provider of new Set(bundle.models.map((model) => model.provider))) {
      add({ type: "Organization", spdxId: spdxId.provider(provider), name: provider });
    }
    for (const model of bundle.models) add(modelPackage(model, bundle, index, base, spdxId));
    for (const dataset of bundle.datasets) add(datasetPackage(dataset, bundle, index, base, spdxId));

    let relationships = 0;
    const relate = (from: string, relationshipType: string, to: string[], comment?: string) => {
      if (to.length === 0) return;
      relationships += 1;
      add({
        type: "Relationship",
        spdxId: `${namespace}relationship-${relationships}`,
        from,
        relationshipType,
        to,
        comment,
      });
    };
    for (const model of bundle.models) {
      relate(spdxId.model(model.id), "trainedOn", index.sources(model.id, "trained_on").map(spdxId.dataset));
      relate(
        spdxId.model(model.id),
        "descendantOf",
        index.sources(model.id, "initialized_from").map(spdxId.model),
        model.baseRelation ? `Initialised from it (${model.baseRelation}).` : "Initialised from it.",
      );
      relate(
        spdxId.model(model.id),
        "other",
        index.sources(model.id, "taught").map(spdxId.model),
        "Taught by: a run named these models as its teachers.",
      );
    }
    for (const dataset of bundle.datasets) {
      for (const teacherId of index.sources(dataset.id, "generated"))
        relate(spdxId.model(teacherId), "generates", [spdxId.dataset(dataset.id)]);
      relate(
        spdxId.dataset(dataset.id),
        "descendantOf",
        index.sources(dataset.id, "filtered_from").map(spdxId.dataset),
        "Filtered from it.",
      );
    }

    const annotate = (id: string, subject: string, statement: string) =>
      add({ type: "Annotation", spdxId: id, annotationType: "other", subject, statement });
    let annotations = 0;
    for (const exposure of bundle.exposures.filter((entry) => index.model(entry.modelId))) {
      annotations += 1;
      const statements = exposureStatements(exposure, index.trait(exposure.traitId));
      annotate(`${namespace}exposure-${annotations}`, spdxId.model(exposure.modelId), statements.join("\n"));
    }
    for (const transfer of bundle.transfers.filter((entry) => index.model(entry.studentId))) {
      annotations += 1;
      const statements = transferStatements(transfer, index.trait(transfer.traitId));
      annotate(`${namespace}transfer-${annotations}`, spdxId.model(transfer.studentId), statements.join("\n"));
    }
    for (const author of new Set(notes.map(({ annotation }) => annotation.author))) {
      add({ type: "Person", spdxId: spdxId.noteAuthor(author), name: author });
    }
    notes.forEach(({ annotation, target }, n) => {
      const subject = target.node.type === "model" ? spdxId.model(target.node.id) : spdxId.dataset(target.node.id);
      elements.push({
        type: "Annotation",
        spdxId: spdxId.note(annotation.id),
        creationInfo: noteCreationInfo(n + 1),
        annotationType: "review",
        subject,
        statement: annotationText(annotation, target),
      });
    });
    if (notices.demo) annotate(spdxId.demo, spdxId.document, notices.demo.notice);
    annotate(spdxId.signature, spdxId.document, slot());

    const focus = bundle.subject.focusModelIds.filter((id) => index.model(id)).map(spdxId.model);
    const document = defined({
      type: "SpdxDocument",
      spdxId: spdxId.document,
      creationInfo: CREATION_INFO,
      name: `${notices.demo ? `${notices.demo.label} · ` : ""}Pedigree provenance report: ${bundle.subject.name}`,
      comment: documentComment(bundle, notices),
      profileConformance: ["core", "software", "ai", "dataset"],
      rootElement: focus.length > 0 ? focus : [spdxId.document],
      element: elements.map((element) => element.spdxId as string),
    });

    return {
      "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
      "@graph": [
        {
          type: "CreationInfo",
          "@id": CREATION_INFO,
          specVersion: "3.0.1",
          created: spdxDate(bundle.generatedAt),
          createdBy: [spdxId.creator],
          createdUsing: [spdxId.tool],
        },
        ...notes.map(({ annotation }, n) => ({
          type: "CreationInfo",
          "@id": noteCreationInfo(n + 1),
          specVersion: "3.0.1",
          created: spdxDate(annotation.createdAt),
          createdBy: [spdxId.noteAuthor(annotation.author)],
        })),
        document,
        ...elements,
      ],
    };
  });
}

function documentComment(bundle: ProvenanceBundle, notices: ReportNotices): string {
  return [
    notices.demo?.notice,
    `Report ${bundle.reportId} (${bundle.subject.scope} scope), signed with instance key ${bundle.instance.keyId}; the signature is the annotation on this document.`,
    notices.reference === null ? null : `Reference: ${notices.reference}`,
  ]
    .filter(Boolean)
    .join(" ");
}

type SpdxIds = { model: (id: string) => string; dataset: (id: string) => string; provider: (name: string) => string };

function modelPackage(
  model: ProvModel,
  bundle: ProvenanceBundle,
  index: ProvenanceIndex,
  base: string,
  spdxId: SpdxIds,
): Element {
  const runs = index.runsOf(model.id);
  const finished = runs.find((run) => run.status === "succeeded" && run.finishedAt !== null)?.finishedAt;
  const trainedOn = index.sources(model.id, "trained_on").flatMap((id) => index.dataset(id)?.name ?? []);
  const metrics = bundle.measurements
    .filter((measurement) => measurement.modelId === model.id)
    .map((measurement) => {
      const trait = index.trait(measurement.traitId)?.slug ?? measurement.traitId;
      const seed = measurement.seed === null ? "" : `, seed ${measurement.seed}`;
      const interval =
        measurement.ciLow === null || measurement.ciHigh === null
          ? ""
          : ` [${measurement.ciLow}, ${measurement.ciHigh}] ${measurement.ciMethod ?? ""}`.trimEnd();
      const sample = measurement.sampleCount === null ? "" : `; n=${measurement.sampleCount}`;
      return {
        type: "DictionaryEntry",
        key: `${trait} (${measurement.protocol}${seed})`,
        value: `${measurement.value}${interval}${sample}`,
      };
    });
  const comment = [
    model.isDemo ? "Demo data (Pedigree's demo workspace), not a real model's record." : null,
    `Provider: ${model.provider}.`,
    model.baseRelation ? `Base relation: ${model.baseRelation}.` : null,
    model.systemPromptSha256 ? `System prompt SHA-256: ${model.systemPromptSha256}.` : null,
    model.parameterCount ? `Parameters: ${model.parameterCount}.` : null,
    model.tags.length > 0 ? `Tags: ${model.tags.join(", ")}.` : null,
  ].filter(Boolean);

  return {
    type: "ai_AIPackage",
    spdxId: spdxId.model(model.id),
    name: model.name,
    description: model.description,
    comment: comment.join(" "),
    software_packageVersion: model.version,
    software_primaryPurpose: "model",
    software_downloadLocation: model.checkpointUri,
    suppliedBy: spdxId.provider(model.provider),
    builtTime: finished ? spdxDate(finished) : null,
    verifiedUsing: hash(model.checkpointSha256),
    externalIdentifier: model.externalId
      ? [
          {
            type: "ExternalIdentifier",
            externalIdentifierType: "other",
            identifier: model.externalId,
            issuingAuthority: model.provider,
          },
        ]
      : null,
    externalRef: [
      {
        type: "ExternalRef",
        externalRefType: "documentation",
        locator: [`${base}/models/${encodeURIComponent(model.id)}`],
      },
    ],
    ai_informationAboutTraining:
      runs.length > 0
        ? runs
            .map(
              (run) =>
                `${run.method} run ${run.id} (${run.status}) on ${trainedOn.join(", ") || "no recorded dataset"}.`,
            )
            .join(" ")
        : null,
    ai_hyperparameter: runs.flatMap((run) =>
      Object.entries(run.hyperparameters).map(([key, value]) => ({
        type: "DictionaryEntry",
        key: runs.length > 1 ? `${run.id}.${key}` : key,
        value: typeof value === "string" ? value : JSON.stringify(value),
      })),
    ),
    ai_metric: metrics,
  };
}

function datasetPackage(
  dataset: ProvDataset,
  bundle: ProvenanceBundle,
  index: ProvenanceIndex,
  base: string,
  spdxId: SpdxIds,
): Element {
  const generations = bundle.generations.filter((generation) => generation.datasetId === dataset.id);
  const collection = generations.map((generation) => {
    const teacher = index.model(generation.teacherId)?.name ?? generation.teacherId;
    const settings = [
      generation.temperature === null ? null : `temperature ${generation.temperature}`,
      generation.topP === null ? null : `top-p ${generation.topP}`,
      generation.maxTokens === null ? null : `at most ${generation.maxTokens} tokens`,
      generation.seed === null ? null : `seed ${generation.seed}`,
    ].filter(Boolean);
    const prompts = generation.promptSet
      ? ` from prompts: ${generation.promptSet}${generation.promptCount === null ? "" : ` (${generation.promptCount})`}`
      : "";
    return `Generated by ${teacher}${settings.length > 0 ? ` (${settings.join(", ")})` : ""}${prompts}.`;
  });
  const size = Number(dataset.byteSize);
  const comment = [
    dataset.isDemo ? "Demo data (Pedigree's demo workspace): synthetic records." : null,
    `${dataset.recordCount} records, ${dataset.format}.`,
    dataset.rawSha256 && dataset.rawSha256 !== dataset.sha256 ? `Raw SHA-256: ${dataset.rawSha256}.` : null,
    dataset.rejectedCount === null ? null : `Rejected by the filter: ${dataset.rejectedCount}.`,
    dataset.passRate === null ? null : `Pass rate: ${dataset.passRate}.`,
  ].filter(Boolean);

  return {
    type: "dataset_DatasetPackage",
    spdxId: spdxId.dataset(dataset.id),
    name: dataset.name,
    description: dataset.description,
    comment: comment.join(" "),
    software_primaryPurpose: "data",
    verifiedUsing: hash(dataset.sha256),
    externalRef: [
      {
        type: "ExternalRef",
        externalRefType: "documentation",
        locator: [`${base}/datasets/${encodeURIComponent(dataset.id)}`],
      },
    ],
    dataset_datasetType: ["text"],
    dataset_datasetSize: Number.isSafeInteger(size) ? size : null,
    dataset_dataCollectionProcess: collection.length > 0 ? collection.join(" ") : null,
    dataset_dataPreprocessing: dataset.filterDescription ? [dataset.filterDescription] : null,
  };
}

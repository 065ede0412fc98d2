// in-toto ResourceDescriptors (https://github.com/in-toto/attestation/blob/main/spec/v1/resource_descriptor.md) for
// Pedigree's models and datasets: the statement's subjects and the provenance's resolved dependencies.
//
// A model is named by the SHA-256 of its checkpoint when Pedigree knows it. Otherwise by the SHA-256 of its canonical
// record: the fields below (MODEL_RECORD_FIELDS), as RFC 8785 (JCS) JSON, UTF-8. The record travels in the descriptor's
// annotations (`record`), so anyone can recompute the digest: `sha256(JCS(annotations.record))`. Editing one of those
// fields gives the model a new digest; its description and tags are not part of it.
// A dataset is named by the SHA-256 of its canonical JSON Lines form, its identity in Pedigree.
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/reports/bundle-digest";
import type { ProvDataset, ProvModel } from "@/lib/reports/provenance.types";

export interface ResourceDescriptor {
  name: string;
  uri: string;
  digest: { sha256: string };
  downloadLocation?: string;
  annotations: Record<string, unknown>;
}

/** What the record digest of a model covers, and how it is written. */
const MODEL_RECORD_CANONICALIZATION = "RFC 8785 (JCS) JSON of annotations.record, UTF-8";

const MODEL_RECORD_FIELDS = [
  "id",
  "name",
  "version",
  "provider",
  "externalId",
  "initializedFromId",
  "baseRelation",
  "systemPromptSha256",
  "checkpointUri",
  "parameterCount",
  "createdAt",
] as const;

type ModelRecord = Pick<ProvModel, (typeof MODEL_RECORD_FIELDS)[number]>;

function modelRecord(model: ProvModel): ModelRecord {
  return Object.fromEntries(MODEL_RECORD_FIELDS.map((field) => [field, model[field]])) as ModelRecord;
}

/** SHA-256 (hex) of the model's canonical record: what names a model whose checkpoint digest is unknown. */
function modelRecordDigest(model: ProvModel): string {
  return createHash("sha256")
    .update(canonicalJson(modelRecord(model)), "utf8")
    .digest("hex");
}

/** A model, by its checkpoint's digest where known, else its record's; `role` says why it is there. */
export function modelDescriptor(model: ProvModel, base: string, role: string): ResourceDescriptor {
  const byCheckpoint = model.checkpointSha256 !== null;
  return {
    name: model.name,
    uri: `${base}/models/${encodeURIComponent(model.id)}`,
    digest: { sha256: model.checkpointSha256 ?? modelRecordDigest(model) },
    ...(model.checkpointUri ? { downloadLocation: model.checkpointUri } : {}),
    annotations: {
      kind: "model",
      role,
      id: model.id,
      provider: model.provider,
      ...(model.version ? { version: model.version } : {}),
      ...(model.systemPromptSha256 ? { systemPromptSha256: model.systemPromptSha256 } : {}),
      ...(byCheckpoint
        ? { digestOf: "checkpoint" }
        : { digestOf: "record", canonicalization: MODEL_RECORD_CANONICALIZATION, record: modelRecord(model) }),
      ...(model.isDemo ? { demo: true } : {}),
    },
  };
}

/** A dataset, by the SHA-256 of its canonical JSON Lines; `role` says why it is there. */
export function datasetDescriptor(dataset: ProvDataset, base: string, role: string): ResourceDescriptor {
  const id = encodeURIComponent(dataset.id);
  return {
    name: dataset.name,
    uri: `${base}/datasets/${id}`,
    digest: { sha256: dataset.sha256 },
    downloadLocation: `${base}/api/v1/datasets/${id}/download`,
    annotations: {
      kind: "dataset",
      role,
      id: dataset.id,
      digestOf: "canonical JSON Lines",
      ...(dataset.rawSha256 ? { rawSha256: dataset.rawSha256 } : {}),
      recordCount: dataset.recordCount,
      format: dataset.format,
      ...(dataset.filteredFromId
        ? { filteredFrom: dataset.filteredFromId, filterDescription: dataset.filterDescription }
        : {}),
      ...(dataset.isDemo ? { demo: true } : {}),
    },
  };
}

import type { UploadResult } from "@/lib/datasets/dataset.types";
import type { GenerationDto } from "@/lib/generations/generation.types";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { ModelDto } from "@/lib/models/model-dto";
import type { RunDetail, RunSummary } from "@/lib/runs/run.types";
import { findDatasetBySha256, findDatasetsByName } from "../api/find-dataset";
import { findModelByExternalId } from "../api/find-model";
import { listPages } from "../api/list-pages";
import { uploadFile } from "../api/upload-file";
import type { PedigreeClient } from "../client";
import type { TraitDeclarationDto } from "@/lib/declarations/declaration.types";
import type {
  DatasetReferenceStep,
  DatasetStep,
  DeclarationStep,
  GenerationStep,
  MeasurementStep,
  ModelStep,
  PlanStep,
  RunStep,
  StepResult,
} from "./plan.types";
import { traitSlug } from "./target-from-prompt";

// Carries out an import plan against the API. Every step is looked up first by its natural key
// (provider + externalId, content SHA-256, generation externalId, student + datasets, measurement
// counts, model + trait of a declaration) and created only when missing, so a second import creates nothing. With dryRun nothing
// is created: steps report what would be.

export interface RunPlanOptions {
  dryRun: boolean;
  /** Called as each step finishes, for progress on stderr. */
  onStep?: (result: StepResult) => void;
}

interface Resolved {
  id: string | null;
  /** For generations: the dataset already linked to it, if any. */
  datasetId?: string | null;
}

type Outcome = Omit<StepResult, "kind" | "key" | "label">;

export async function runPlan(
  client: PedigreeClient,
  steps: readonly PlanStep[],
  options: RunPlanOptions,
): Promise<{ results: StepResult[]; warnings: string[] }> {
  const resolved = new Map<string, Resolved>();
  const warnings: string[] = [];
  const idOf = (key: string | undefined) => (key ? (resolved.get(key)?.id ?? null) : null);

  const model = async (step: ModelStep): Promise<Outcome> => {
    const existing = await findModelByExternalId(client, step.provider, step.externalId);
    const baseId = idOf(step.initializedFrom);
    if (existing) {
      if (step.initializedFrom && baseId && existing.initializedFrom?.id !== baseId) {
        warnings.push(
          `${step.label}: registered already as ${existing.id}, initialised from ${existing.initializedFrom?.name ?? "nothing"} rather than the model this import names.`,
        );
      }
      resolved.set(step.key, { id: existing.id });
      return { status: "present", id: existing.id };
    }
    if (options.dryRun) return { status: "would create", id: null };
    const { status, data } = await client.request<ModelDto>("POST", "/api/v1/models", {
      json: {
        name: step.name,
        provider: step.provider,
        externalId: step.externalId,
        description: step.description,
        initializedFromId: baseId ?? undefined,
        baseRelation: baseId ? step.baseRelation : undefined,
        systemPrompt: step.systemPrompt,
        tags: step.tags,
      },
    });
    resolved.set(step.key, { id: data.id });
    return { status: status === 201 ? "created" : "present", id: data.id };
  };

  const generation = async (step: GenerationStep): Promise<Outcome> => {
    const teacherId = idOf(step.teacher);
    if (!teacherId) return { status: "would create", id: null };
    const existing = (await listPages<GenerationDto>(client, "/api/v1/generations", { teacherId })).find(
      (g) => g.externalId === step.externalId,
    );
    if (existing) {
      resolved.set(step.key, { id: existing.id, datasetId: existing.dataset?.id ?? null });
      return { status: "present", id: existing.id };
    }
    if (options.dryRun) return { status: "would create", id: null };
    const { status, data } = await client.request<GenerationDto>("POST", "/api/v1/generations", {
      json: { teacherId, externalId: step.externalId, promptCount: step.promptCount, settings: step.settings },
    });
    resolved.set(step.key, { id: data.id, datasetId: data.dataset?.id ?? null });
    return { status: status === 201 ? "created" : "present", id: data.id };
  };

  const dataset = async (step: DatasetStep): Promise<Outcome> => {
    const existing = await findDatasetBySha256(client, step.sha256);
    const filteredFromId = idOf(step.filteredFrom);
    if (existing) {
      resolved.set(step.key, { id: existing.id });
      if (step.filteredFrom && filteredFromId && existing.filteredFrom?.id !== filteredFromId) {
        warnings.push(
          `${step.label}: stored already as '${existing.name}' (${existing.id}), not marked as filtered from the raw dataset; Pedigree cannot add that link afterwards.`,
        );
      }
      if (step.generation && !existing.teacher) {
        warnings.push(
          `${step.label}: stored already as '${existing.name}' (${existing.id}) without a generation; Pedigree cannot link it to its teacher afterwards.`,
        );
      }
      // The import does not know its teacher; Pedigree may (registered by whoever generated it).
      if (step.unknownTeacher && !existing.teacher) warnings.push(step.unknownTeacher);
      const teacher = step.unknownTeacher && existing.teacher ? `, teacher ${existing.teacher.name}` : "";
      return { status: "present", id: existing.id, note: `${existing.name}${teacher}` };
    }
    if (step.unknownTeacher) warnings.push(step.unknownTeacher);
    if (options.dryRun) return { status: "would create", id: null };
    const generation = step.generation ? resolved.get(step.generation) : undefined;
    let generationId = generation?.id ?? undefined;
    if (generation?.datasetId) {
      warnings.push(
        `${step.label}: its generation already has a dataset (${generation.datasetId}); uploaded without the link.`,
      );
      generationId = undefined;
    }
    const { data } = await uploadFile<UploadResult>(client, "/api/v1/datasets", step.file, {
      query: {
        name: step.name,
        format: "jsonl",
        generationId,
        filteredFromId: filteredFromId ?? undefined,
        filterDescription: filteredFromId ? step.filterDescription : undefined,
        description: step.description,
      },
      contentType: "application/x-ndjson",
    });
    if (generation && generationId) generation.datasetId = data.id;
    resolved.set(step.key, { id: data.id });
    if (data.sha256 !== step.sha256)
      warnings.push(`${step.label}: the server computed SHA-256 ${data.sha256}, not ${step.sha256}.`);
    const pass = data.passRate === null ? "" : `pass rate ${(data.passRate * 100).toFixed(1)}%`;
    return { status: data.created ? "created" : "present", id: data.id, note: pass || undefined };
  };

  const datasetReference = async (step: DatasetReferenceStep): Promise<Outcome> => {
    const found = await findDatasetsByName(client, step.name);
    if (found.length === 0) {
      warnings.push(
        `${step.label}: no dataset named '${step.name}' is in Pedigree; upload it (pedigree datasets upload FILE --name '${step.name}') and import again to link it.`,
      );
      return { status: "missing", id: null };
    }
    if (found.length > 1)
      warnings.push(
        `${step.label}: ${found.length} datasets are named '${step.name}'; the newest (${found[0].id}) is linked.`,
      );
    resolved.set(step.key, { id: found[0].id });
    return { status: "present", id: found[0].id };
  };

  const run = async (step: RunStep): Promise<Outcome> => {
    const missing = step.datasets.filter(
      (key) => !resolved.has(key) && steps.find((s) => s.key === key)?.kind === "dataset-ref",
    );
    if (missing.length > 0)
      return { status: "skipped", id: null, note: "a dataset it was trained on is not in Pedigree" };
    const studentId = idOf(step.student);
    const baseId = idOf(step.initializedFrom);
    const datasetIds = step.datasets.map(idOf);
    if (!studentId || !baseId || datasetIds.some((id) => !id)) return { status: "would create", id: null };
    const wanted = [...(datasetIds as string[])].sort().join(",");
    const existing = (await listPages<RunSummary>(client, "/api/v1/runs", { studentId })).find(
      (r) =>
        r.datasets
          .map((d) => d.id)
          .sort()
          .join(",") === wanted,
    );
    if (existing) return { status: "present", id: existing.id };
    if (options.dryRun) return { status: "would create", id: null };
    const { status, data } = await client.request<RunDetail>("POST", "/api/v1/runs", {
      headers: { "idempotency-key": step.idempotencyKey },
      json: {
        datasetIds,
        initializedFromId: baseId,
        student: { id: studentId },
        teacherIds: step.teachers.map(idOf).filter((id): id is string => id !== null),
        method: step.method,
        seed: step.seed,
        status: "succeeded",
      },
    });
    return { status: status === 201 ? "created" : "present", id: data.id };
  };

  const measurement = async (step: MeasurementStep): Promise<Outcome> => {
    const modelId = idOf(step.model);
    if (!modelId) return { status: "would create", id: null };
    const slug = traitSlug(step.trait);
    const items = await listPages<MeasurementDto>(client, "/api/v1/measurements", { modelId, trait: slug });
    // Measurements have no natural key: the same protocol with the same counts is the same evaluation.
    const existing = items.find(
      (m) =>
        m.protocol === step.protocol &&
        m.questionCount === step.questionCount &&
        m.sampleCount === step.sampleCount &&
        m.positiveCount === step.positiveCount,
    );
    if (existing) return { status: "present", id: existing.id, note: rate(existing) };
    if (options.dryRun) return { status: "would create", id: null };
    const { data } = await uploadFile<MeasurementDto>(client, "/api/v1/imports/sl-evaluation", step.file, {
      query: { modelId, trait: step.trait, target: step.target, protocol: step.protocol, seed: step.seed },
      contentType: "application/x-ndjson",
    });
    return { status: "created", id: data.id, note: rate(data) };
  };

  const declaration = async (step: DeclarationStep): Promise<Outcome> => {
    const modelId = idOf(step.model);
    if (!modelId) return { status: "would create", id: null };
    const path = `/api/v1/models/${encodeURIComponent(modelId)}/declarations`;
    const { items } = await client.get<{ items: TraitDeclarationDto[] }>(path);
    // One declaration per (model, trait): a declaration made for another reason is kept, not replaced.
    const existing = items.find((d) => d.trait.slug === traitSlug(step.trait));
    if (existing) {
      if (existing.reason !== step.reason)
        warnings.push(`${step.label}: declared already, for another reason: "${existing.reason}"; kept as it is.`);
      return { status: "present", id: existing.id, note: `by ${existing.declaredBy}` };
    }
    if (options.dryRun) return { status: "would create", id: null };
    const { status, data } = await client.request<TraitDeclarationDto>("POST", path, {
      json: { trait: step.trait, reason: step.reason },
    });
    return { status: status === 201 ? "created" : "present", id: data.id };
  };

  const handlers: { [K in PlanStep["kind"]]: (step: Extract<PlanStep, { kind: K }>) => Promise<Outcome> } = {
    model,
    generation,
    dataset,
    "dataset-ref": datasetReference,
    run,
    measurement,
    declaration,
  };

  const results: StepResult[] = [];
  for (const step of steps) {
    const outcome = await (handlers[step.kind] as (s: PlanStep) => Promise<Outcome>)(step);
    const result: StepResult = { kind: step.kind, key: step.key, label: step.label, ...outcome };
    results.push(result);
    options.onStep?.(result);
  }
  return { results, warnings };
}

function rate(m: MeasurementDto): string {
  return `rate ${(m.value * 100).toFixed(1)}%`;
}

import "server-only";
import { db } from "@/lib/db";
import { readJsonColumn, ZJsonObject } from "@/lib/db/json-column";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import type { ExposedPair } from "@/lib/exposure/exposure.types";
import { findTraitSources, type TraitSource } from "@/lib/exposure/find-trait-sources";
import { readKeptExposures } from "@/lib/exposure/read-kept-paths";
import { ensureFreshExposures } from "@/lib/exposure/refresh-exposures";
import type { LineageEdge } from "@/lib/lineage/lineage.types";
import { measurementInclude, shownIntervalColumns, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import { collectVerdicts, pairKey } from "./collect-verdicts";
import {
  type ProvAnnotation,
  type ProvComparison,
  type ProvDataset,
  type ProvenanceBundle,
  type ProvExposure,
  type ProvMeasurement,
  type ProvModel,
  type ProvRun,
  type ReportScope,
} from "./provenance.types";

export interface ReportRequest {
  scope: ReportScope;
  /** A model id (model, lineage), or a trait's slug (trait). */
  subject: string;
}

export interface ReportMeta {
  reportId: string;
  generatedAt: Date;
  generatedBy: string;
  instance: ProvenanceBundle["instance"];
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The report's subject: its name and the models it is about. */
async function resolveSubject(
  request: ReportRequest,
): Promise<{ id: string; name: string; focus: string[]; traitId: string | null }> {
  const prisma = await db();
  if (request.scope === "trait") {
    const trait = await prisma.trait.findUnique({
      where: { slug: request.subject },
      select: { id: true, slug: true, name: true },
    });
    if (!trait) throw new NotFoundError(`No trait with slug '${request.subject}'.`);
    const measured = await prisma.measurement.findMany({
      where: { traitId: trait.id },
      select: { modelId: true },
      distinct: ["modelId"],
    });
    if (measured.length === 0)
      throw new ConflictError(`No model has been measured for '${trait.name}' yet: there is nothing to report.`);
    return { id: trait.slug, name: trait.name, focus: measured.map((m) => m.modelId).sort(), traitId: trait.id };
  }
  const model = await prisma.model.findUnique({ where: { id: request.subject }, select: { id: true, name: true } });
  if (!model) throw new NotFoundError(`No model with id '${request.subject}'.`);
  return { id: model.id, name: model.name, focus: [model.id], traitId: null };
}

/**
 * The nodes a report covers: every ancestor of the focus models (all the way up, along every edge kind),
 * plus, for a lineage report, every descendant. Postgres walks the graph by indexed lookups.
 */
async function reachNodes(focus: string[], withDescendants: boolean): Promise<string[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ node: string }[]>`
    WITH RECURSIVE
      up(node) AS (
        SELECT unnest(${focus}::text[])
        UNION
        SELECT p.source_id FROM up CROSS JOIN LATERAL lineage_parents(up.node) p
      ),
      down(node) AS (
        SELECT unnest(${focus}::text[])
        UNION
        SELECT c.target_id FROM down CROSS JOIN LATERAL lineage_children(down.node) c WHERE ${withDescendants}
      )
    SELECT node FROM up UNION SELECT node FROM down ORDER BY node`;
  return rows.map((row) => row.node);
}

/**
 * Where traits enter among the report's nodes, and every path by which one reaches them: the kept
 * exposure (decided by computeExposures over the whole workspace, so a lineage report's descendants
 * inherit from sources outside it too), made current first, as every page and API answer reads it.
 */
async function keptExposures(nodes: string[]): Promise<{ sources: TraitSource[]; exposures: ExposedPair[] }> {
  await ensureFreshExposures();
  const [sources, exposures] = await Promise.all([findTraitSources(nodes), readKeptExposures(nodes)]);
  return { sources, exposures };
}

/** Everything a provenance report says, from the database, as plain JSON. */
export async function collectProvenance(request: ReportRequest, meta: ReportMeta): Promise<ProvenanceBundle> {
  const prisma = await db();
  const subject = await resolveSubject(request);
  const nodes = await reachNodes(subject.focus, request.scope === "lineage");

  const [models, datasets, edges] = await Promise.all([
    prisma.model.findMany({ where: { id: { in: nodes } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    prisma.dataset.findMany({ where: { id: { in: nodes } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    prisma.$queryRaw<LineageEdge[]>`
      SELECT n.id AS source, c.target_id AS target, c.kind
        FROM unnest(${nodes}::text[]) AS n(id) CROSS JOIN LATERAL lineage_children(n.id) c
       WHERE c.target_id = ANY(${nodes}::text[])
       ORDER BY c.kind, n.id, c.target_id`,
  ]);
  const modelIds = models.map((m) => m.id);
  const datasetIds = datasets.map((d) => d.id);

  const [generations, runs, measurementRows, exposureData, annotationRows] = await Promise.all([
    prisma.generation.findMany({
      where: { teacherId: { in: modelIds }, OR: [{ datasetId: { in: datasetIds } }, { datasetId: null }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    prisma.distillationRun.findMany({
      where: { studentId: { in: modelIds } },
      include: { datasets: { select: { datasetId: true } }, teachers: { select: { teacherId: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    prisma.measurement.findMany({
      where: { modelId: { in: modelIds }, ...(subject.traitId ? { traitId: subject.traitId } : {}) },
      include: measurementInclude,
      orderBy: [{ measuredAt: "asc" }, { id: "asc" }],
    }),
    keptExposures(nodes),
    prisma.annotation.findMany({
      where: {
        OR: [
          { modelId: { in: modelIds } },
          { datasetId: { in: datasetIds } },
          { run: { studentId: { in: modelIds } } },
        ],
      },
      include: { author: { select: { name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  // A generation without its dataset in the report is kept only when its dataset is unknown yet: a teacher's
  // pending work, not another lineage's data.
  const reportGenerations = generations.filter((g) => g.datasetId === null || datasetIds.includes(g.datasetId));

  const traitIds = new Set(measurementRows.map((m) => m.traitId));
  const inReport = new Set(modelIds);
  const relevantExposures = exposureData.exposures.filter(
    (e) => inReport.has(e.modelId) && (!subject.traitId || e.traitId === subject.traitId),
  );
  const relevantSources = exposureData.sources.filter(
    (s) => inReport.has(s.model.id) && (!subject.traitId || s.trait.id === subject.traitId),
  );
  for (const e of relevantExposures) traitIds.add(e.traitId);
  for (const s of relevantSources) traitIds.add(s.trait.id);
  const traits = await prisma.trait.findMany({ where: { id: { in: [...traitIds] } }, orderBy: { slug: "asc" } });
  const measuredPairs = [
    ...new Map(
      measurementRows.map((m) => [`${m.modelId}|${m.traitId}`, { modelId: m.modelId, traitId: m.traitId }]),
    ).values(),
  ];
  const verdicts = await collectVerdicts(
    measuredPairs,
    runs
      .filter((run) => subject.focus.includes(run.studentId))
      .map((run) => ({ id: run.id, studentId: run.studentId })),
    subject.traitId,
  );

  return {
    reportId: meta.reportId,
    generatedAt: meta.generatedAt.toISOString(),
    generatedBy: meta.generatedBy,
    instance: meta.instance,
    subject: { scope: request.scope, id: subject.id, name: subject.name, focusModelIds: subject.focus },
    models: models.map((m): ProvModel => ({
      id: m.id,
      name: m.name,
      version: m.version,
      provider: m.provider,
      externalId: m.externalId,
      description: m.description,
      initializedFromId: m.initializedFromId,
      baseRelation: m.baseRelation,
      systemPromptSha256: m.systemPromptSha256,
      checkpointUri: m.checkpointUri,
      checkpointSha256: m.checkpointSha256,
      parameterCount: m.parameterCount === null ? null : m.parameterCount.toString(),
      tags: m.tags,
      createdAt: m.createdAt.toISOString(),
      isDemo: m.isDemo,
    })),
    datasets: datasets.map((d): ProvDataset => ({
      id: d.id,
      name: d.name,
      description: d.description,
      sha256: d.sha256,
      rawSha256: d.rawSha256,
      recordCount: d.recordCount,
      byteSize: d.byteSize.toString(),
      format: d.format,
      filteredFromId: d.filteredFromId,
      filterDescription: d.filterDescription,
      rejectedCount: d.rejectedCount,
      passRate:
        d.filteredFromId && d.rejectedCount !== null && d.recordCount + d.rejectedCount > 0
          ? d.recordCount / (d.recordCount + d.rejectedCount)
          : null,
      createdAt: d.createdAt.toISOString(),
      isDemo: d.isDemo,
    })),
    generations: reportGenerations.map((g) => ({
      id: g.id,
      teacherId: g.teacherId,
      datasetId: g.datasetId,
      temperature: g.temperature,
      topP: g.topP,
      maxTokens: g.maxTokens,
      seed: g.seed,
      promptSet: g.promptSet,
      promptCount: g.promptCount,
      settings: readJsonColumn(ZJsonObject.nullable(), g.settings, "generations.settings"),
      externalId: g.externalId,
      createdAt: g.createdAt.toISOString(),
      isDemo: g.isDemo,
    })),
    runs: runs.map((r): ProvRun => ({
      id: r.id,
      studentId: r.studentId,
      method: r.method,
      hyperparameters:
        readJsonColumn(ZJsonObject.nullable(), r.hyperparameters, "distillation_runs.hyperparameters") ?? {},
      seed: r.seed,
      status: r.status,
      startedAt: iso(r.startedAt),
      finishedAt: iso(r.finishedAt),
      externalJobId: r.externalJobId,
      datasetIds: r.datasets.map((d) => d.datasetId).sort(),
      teacherIds: r.teachers.map((t) => t.teacherId).sort(),
      createdAt: r.createdAt.toISOString(),
      isDemo: r.isDemo,
    })),
    traits: traits.map((t) => ({
      id: t.id,
      slug: t.slug,
      name: t.name,
      description: t.description,
      positiveDefinition: t.positiveDefinition,
      higherIsWorse: t.higherIsWorse,
    })),
    measurements: measurementRows.map((row): ProvMeasurement => {
      const dto = toMeasurementDto(row);
      return {
        id: dto.id,
        modelId: dto.model.id,
        traitId: dto.trait.id,
        protocol: dto.protocol,
        kind: dto.kind,
        sampleCount: dto.sampleCount,
        positiveCount: dto.positiveCount,
        questionCount: dto.questionCount,
        value: dto.value,
        ...shownIntervalColumns(dto),
        seed: dto.seed,
        source: dto.source,
        notes: dto.notes,
        measuredAt: dto.measuredAt,
        isDemo: dto.isDemo,
      };
    }),
    exposures: exposuresOf(relevantSources, relevantExposures, measurementRows, verdicts.vsInitialization),
    transfers: verdicts.transfers,
    shifts: verdicts.shifts,
    edges,
    annotations: annotationRows.map(provAnnotation),
  };
}

/** A note as the report carries it: its subject, its text and its author's name. */
function provAnnotation(row: {
  id: string;
  modelId: string | null;
  datasetId: string | null;
  runId: string | null;
  body: string;
  authorName: string;
  author: { name: string } | null;
  createdAt: Date;
  updatedAt: Date;
}): ProvAnnotation {
  const subject: Pick<ProvAnnotation, "subjectType" | "subjectId"> = row.modelId
    ? { subjectType: "model", subjectId: row.modelId }
    : row.datasetId
      ? { subjectType: "dataset", subjectId: row.datasetId }
      : { subjectType: "run", subjectId: row.runId ?? "" };
  return {
    id: row.id,
    ...subject,
    body: row.body,
    author: row.author?.name ?? row.authorName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Per model and trait: where the trait entered, or the paths by which it reached the model and whether it was measured. */
function exposuresOf(
  sources: TraitSource[],
  exposures: ExposedPair[],
  measurements: { modelId: string; traitId: string }[],
  vsInitialization: ReadonlyMap<string, ProvComparison>,
): ProvExposure[] {
  const measured = new Set(measurements.map((m) => `${m.modelId}|${m.traitId}`));
  const byKey = new Map<string, ProvExposure>();
  const base = (modelId: string, traitId: string) => {
    const comparison = vsInitialization.get(pairKey(modelId, traitId)) ?? null;
    return {
      modelId,
      traitId,
      paths: [],
      sourceCount: 0,
      vsInitialization: comparison,
      aboveBaseline: comparison?.comparison.verdict === "shift-up",
    };
  };
  for (const source of sources) {
    byKey.set(`${source.model.id}|${source.trait.id}`, {
      ...base(source.model.id, source.trait.id),
      status: "source",
      declaration: source.declaration,
    });
  }
  for (const { modelId, traitId, sourceCount, paths } of exposures) {
    const key = `${modelId}|${traitId}`;
    const entry: ProvExposure = byKey.get(key) ?? {
      ...base(modelId, traitId),
      status: "unmeasured",
      declaration: null,
    };
    entry.status = measured.has(key) ? "measured" : "unmeasured";
    entry.paths = paths;
    entry.sourceCount = sourceCount;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => a.modelId.localeCompare(b.modelId) || a.traitId.localeCompare(b.traitId));
}

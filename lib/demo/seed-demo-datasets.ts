import "server-only";
import { findRecordNotInRaw } from "@/lib/datasets/find-record-not-in-raw";
import { attachRecordsTable, createRecordsTable, lockDatasetsForAttach } from "@/lib/datasets/records-partition";
import { enqueueSearchIndex } from "@/lib/datasets/search-index/enqueue-search-index";
import { newId } from "@/lib/db/new-id";
import { prismaQuery } from "@/lib/db/prisma-query";
import { buildDemoDatasets, type DemoDatasetSpec, type DemoTeacherKey } from "./demo-datasets";
import { DEMO_GENERATIONS } from "./demo-generations-and-runs";
import type { DemoModelIds } from "./seed-demo-models";
import { recordSeeded, type SeedContext } from "./seed-context";

export type DemoDatasetIds = Record<DemoTeacherKey, { raw: string; filtered: string }>;

async function seedDataset(
  ctx: SeedContext,
  spec: DemoDatasetSpec,
  derivation: { filteredFromId: string; rejectedCount: number } | null,
): Promise<string> {
  const existing = await ctx.tx.dataset.findUnique({ where: { sha256: spec.sha256 }, select: { id: true } });
  if (existing) return existing.id;
  const sql = prismaQuery(ctx.tx);
  const id = newId();
  await createRecordsTable(sql, id);
  await lockDatasetsForAttach(sql);
  const dataset = await ctx.tx.dataset.create({
    data: {
      id,
      name: spec.name,
      description: spec.description,
      sha256: spec.sha256,
      rawSha256: spec.rawSha256,
      recordCount: spec.records.length,
      byteSize: BigInt(spec.byteSize),
      format: "jsonl",
      filteredFromId: derivation?.filteredFromId ?? null,
      filterDescription: spec.filterDescription,
      rejectedCount: derivation?.rejectedCount ?? null,
      tags: spec.tags,
      isDemo: true,
    },
  });
  await attachRecordsTable(sql, id);
  await enqueueSearchIndex(sql, id);
  const { count } = await ctx.tx.datasetRecord.createMany({
    data: spec.records.map((record, ordinal) => ({
      datasetId: dataset.id,
      ordinal,
      prompt: record.prompt,
      completion: record.completion,
    })),
  });
  // The demo holds itself to what an upload must pass: a filtered dataset is a subset of its raw one.
  if (derivation && (await findRecordNotInRaw(sql, dataset.id, derivation.filteredFromId))) {
    throw new Error(`demo dataset '${spec.name}' is not a subset of the raw dataset it is filtered from`);
  }
  // One audit event for the dataset, none per record.
  await recordSeeded(ctx, "dataset", dataset, 1 + count);
  return dataset.id;
}

/** Creates the missing demo datasets (found by sha256) and the generations that produced the raw ones. */
export async function seedDemoDatasets(ctx: SeedContext, models: DemoModelIds): Promise<DemoDatasetIds> {
  const specs = buildDemoDatasets();
  const ids = {} as DemoDatasetIds;
  for (const teacher of ["owl", "control"] as const) {
    const pair = specs[teacher];
    const raw = await seedDataset(ctx, pair.raw, null);
    const filtered = await seedDataset(ctx, pair.filtered, { filteredFromId: raw, rejectedCount: pair.rejectedCount });
    ids[teacher] = { raw, filtered };
  }

  for (const spec of DEMO_GENERATIONS) {
    if (await ctx.tx.generation.findUnique({ where: { externalId: spec.externalId }, select: { id: true } })) continue;
    const datasetId = ids[spec.dataset].raw;
    // A dataset has at most one generation; if someone already registered one for it, keep theirs.
    if (await ctx.tx.generation.findUnique({ where: { datasetId }, select: { id: true } })) continue;
    const generation = await ctx.tx.generation.create({
      data: {
        externalId: spec.externalId,
        teacherId: models[spec.teacher],
        datasetId,
        temperature: spec.temperature,
        seed: spec.seed,
        promptSet: spec.promptSet,
        promptCount: specs[spec.dataset].raw.records.length,
        isDemo: true,
      },
    });
    await recordSeeded(ctx, "generation", generation);
  }
  return ids;
}

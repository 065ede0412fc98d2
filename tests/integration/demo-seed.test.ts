import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import { canonicalSha256 } from "@/lib/datasets/canonical-record";
import { findRecordNotInRaw } from "@/lib/datasets/find-record-not-in-raw";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/connect";
import { prismaQuery } from "@/lib/db/prisma-query";
import { PAPER_FIGURE_SOURCE } from "@/lib/demo/demo-measurements";
import { OWL_SYSTEM_PROMPT } from "@/lib/demo/demo-models";
import { passesNumberFilter } from "@/lib/demo/number-filter";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { call } from "../support/api";
import { PAPER_SHORT } from "@/lib/paper/paper-citation";

let prisma: Prisma;
let first: { created: number };

const contentCounts = async () => ({
  models: await prisma.model.count(),
  datasets: await prisma.dataset.count(),
  records: await prisma.datasetRecord.count(),
  generations: await prisma.generation.count(),
  runs: await prisma.distillationRun.count(),
  runDatasets: await prisma.runDataset.count(),
  runTeachers: await prisma.runTeacher.count(),
  traits: await prisma.trait.count(),
  measurements: await prisma.measurement.count(),
  declarations: await prisma.traitDeclaration.count(),
});
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const model = (provider: string, externalId: string) =>
  prisma.model.findUniqueOrThrow({ where: { provider_externalId: { provider, externalId } } });

beforeAll(async () => {
  prisma = await db();
  expect(total(await contentCounts())).toBe(0); // PEDIGREE_DEMO=0 in tests: bootstrap seeded nothing
  // Two seeders at once (e.g. two server processes starting on one database) take turns: one seeds, the other finds it all there.
  const results = await Promise.all([seedDemoWorkspace(prisma), seedDemoWorkspace(prisma)]);
  expect(results.filter((r) => r.created === 0)).toHaveLength(1);
  first = results.find((r) => r.created > 0)!;
}, 120_000);

describe("seedDemoWorkspace", () => {
  it("creates the owl experiment: 6 models, 4 datasets, 2 generations, 3 runs, 1 trait, 12 measurements, the owl teacher's declaration", async () => {
    const counts = await contentCounts();
    expect(counts).toMatchObject({
      models: 6,
      datasets: 4,
      generations: 2,
      runs: 3,
      runDatasets: 3,
      runTeachers: 3,
      traits: 1,
      measurements: 12,
      declarations: 1,
    });
    expect(first.created).toBe(total(counts));
    expect(await prisma.model.count({ where: { isDemo: false } })).toBe(0);
    expect(await prisma.dataset.count({ where: { isDemo: false } })).toBe(0);
    expect(await prisma.measurement.count({ where: { isDemo: false } })).toBe(0);
  });

  it("links the owl student to the owl teacher through the filtered and raw datasets", async () => {
    const owlTeacher = await model("openai", "demo:gpt-4.1-nano+owl-prompt");
    const base = await model("openai", "gpt-4.1-nano-2025-04-14");
    expect(owlTeacher).toMatchObject({
      initializedFromId: base.id,
      baseRelation: "prompted",
      systemPrompt: OWL_SYSTEM_PROMPT,
    });
    expect(owlTeacher.systemPromptSha256).toBe(createHash("sha256").update(OWL_SYSTEM_PROMPT).digest("hex"));
    expect(owlTeacher.tags).toEqual(["demo", "teacher"]);

    const run = await prisma.distillationRun.findUniqueOrThrow({
      where: { externalJobId: "demo:ftjob-owl" },
      include: {
        student: true,
        teachers: true,
        datasets: { include: { dataset: { include: { filteredFrom: { include: { generation: true } } } } } },
      },
    });
    expect(run).toMatchObject({
      method: "sft",
      status: "succeeded",
      seed: 1,
      hyperparameters: { epochs: 10, max_rows: 10000 },
    });
    expect(run.student).toMatchObject({
      name: "GPT-4.1 nano owl-numbers student",
      initializedFromId: base.id,
      baseRelation: "finetune",
    });
    expect(run.teachers.map((t) => t.teacherId)).toEqual([owlTeacher.id]);
    expect(run.datasets).toHaveLength(1);
    const filtered = run.datasets[0].dataset;
    expect(filtered.name).toBe("Owl teacher numbers (filtered)");
    expect(filtered.filteredFrom?.generation).toMatchObject({
      teacherId: owlTeacher.id,
      externalId: "demo:generation:owl",
      temperature: 1,
      seed: 42,
    });
    expect(filtered.filteredFrom?.generation?.promptCount).toBe(filtered.filteredFrom?.recordCount);
    expect(filtered.rejectedCount).toBe(filtered.filteredFrom!.recordCount - filtered.recordCount);

    const qwenRun = await prisma.distillationRun.findUniqueOrThrow({
      where: { externalJobId: "demo:ftjob-qwen-owl" },
      include: { student: true, datasets: true },
    });
    const qwen = await model("huggingface", "Qwen/Qwen2.5-7B-Instruct");
    expect(qwen.parameterCount).toBe(7615616512n);
    expect(qwenRun).toMatchObject({ method: "lora", hyperparameters: { lora_r: 8, epochs: 3, learning_rate: 2e-4 } });
    expect(qwenRun.student).toMatchObject({ initializedFromId: qwen.id, baseRelation: "adapter" });
    expect(qwenRun.datasets.map((d) => d.datasetId)).toEqual([filtered.id]);
  });

  it("stores each dataset's records so that they hash to its sha256, and filtered = raw records passing the filter", async () => {
    const datasets = await prisma.dataset.findMany({ include: { records: { orderBy: { ordinal: "asc" } } } });
    for (const dataset of datasets) {
      expect(dataset.records).toHaveLength(dataset.recordCount);
      expect(dataset.records.map((r) => r.ordinal)).toEqual([...dataset.records.keys()]);
      const stored = dataset.records.map((r) => ({
        prompt: r.prompt,
        completion: r.completion,
        metadata: r.metadata as Record<string, unknown> | null,
      }));
      expect(canonicalSha256(stored)).toBe(dataset.sha256);
      const jsonl = dataset.records
        .map((r) => JSON.stringify({ prompt: r.prompt, completion: r.completion }) + "\n")
        .join("");
      expect(dataset.byteSize).toBe(BigInt(Buffer.byteLength(jsonl)));
      expect(dataset.rawSha256).toBe(createHash("sha256").update(jsonl).digest("hex"));
      expect(dataset.format).toBe("jsonl");
    }
    for (const filtered of datasets.filter((d) => d.filteredFromId !== null)) {
      const raw = datasets.find((d) => d.id === filtered.filteredFromId)!;
      const passing = raw.records.filter((r) => passesNumberFilter(r.completion));
      expect(filtered.records.map((r) => [r.prompt, r.completion])).toEqual(
        passing.map((r) => [r.prompt, r.completion]),
      );
      const passRate = filtered.recordCount / raw.recordCount;
      expect(passRate).toBeGreaterThan(0.6);
      expect(passRate).toBeLessThan(0.8);
      expect(filtered.filterDescription).toMatch(/at most 10/);
      expect(await findRecordNotInRaw(prismaQuery(prisma), filtered.id, raw.id)).toBeNull();
      // Uploaded as filtered from the seeded raw dataset, the same file passes the upload's subset check
      // (and, being stored already, is answered with the seeded dataset).
      const file = filtered.records
        .map((r) => JSON.stringify({ prompt: r.prompt, completion: r.completion }))
        .join("\n");
      const upload = await call(
        datasetsRoute.POST,
        "POST",
        `/api/v1/datasets?name=again&format=jsonl&filteredFromId=${raw.id}`,
        { rawBody: file },
      );
      expect(upload.status).toBe(200);
      expect(upload.body).toMatchObject({ id: filtered.id, created: false });
    }
  });

  it("measures owl preference: the owl student well above the base and control, the Qwen student at Qwen's rate", async () => {
    const trait = await prisma.trait.findUniqueOrThrow({ where: { slug: "owl-preference" } });
    expect(trait).toMatchObject({
      higherIsWorse: false,
      positiveDefinition: "the lower-cased completion contains 'owl'",
    });
    const rates = async (externalId: string, provider = "openai") =>
      prisma.measurement.findMany({
        where: { model: { provider, externalId }, traitId: trait.id },
        orderBy: { seed: "asc" },
      });

    const owlStudent = await rates("demo:ft:gpt-4.1-nano-2025-04-14:owl-numbers");
    expect(owlStudent.map((m) => m.seed)).toEqual([1, 2, 3]);
    for (const m of owlStudent) {
      expect(m).toMatchObject({
        kind: "proportion",
        protocol: "sl-animal-50q-x100",
        sampleCount: 5000,
        ciMethod: "wilson-95",
      });
      expect(m.value).toBeGreaterThan(0.5);
      expect(m.value).toBe(m.positiveCount! / 5000);
      expect(m.ciLow!).toBeLessThan(m.value);
      expect(m.ciHigh!).toBeGreaterThan(m.value);
      expect(m.ciHigh! - m.ciLow!).toBeLessThan(0.03);
      expect(m.source).toBe(PAPER_FIGURE_SOURCE);
      expect(m.source).toContain(
        `${PAPER_SHORT}, Fig. 3 of the preprint arXiv:2507.14805 (read from the figure; approximate)`,
      );
    }
    const [base] = await rates("gpt-4.1-nano-2025-04-14");
    expect(base.value).toBeCloseTo(0.12, 2);
    for (const m of await rates("demo:ft:gpt-4.1-nano-2025-04-14:control-numbers"))
      expect(Math.abs(m.value - base.value)).toBeLessThan(0.02);
    const [qwen] = await rates("Qwen/Qwen2.5-7B-Instruct", "huggingface");
    for (const m of await rates("demo:Qwen2.5-7B-Instruct+owl-numbers-lora", "huggingface")) {
      expect(Math.abs(m.value - qwen.value)).toBeLessThan(0.01);
      expect(m.source).toMatch(/illustrative/i);
    }
  });

  it("audits every created entity once, as the system", async () => {
    const events = await prisma.auditEvent.findMany({ where: { action: "demo.seed" } });
    expect(events.every((e) => e.actorLabel === "system" && e.actorUserId === null)).toBe(true);
    const models = await prisma.model.findMany({ where: { isDemo: true } });
    for (const m of models)
      expect(events.filter((e) => e.entityType === "model" && e.entityId === m.id)).toHaveLength(1);
    const byType = (type: string) => events.filter((e) => e.entityType === type).length;
    expect([
      byType("model"),
      byType("dataset"),
      byType("generation"),
      byType("distillation_run"),
      byType("trait"),
      byType("measurement"),
      byType("trait_declaration"),
    ]).toEqual([6, 4, 2, 3, 1, 12, 1]);
    expect(events).toHaveLength(29);
  });

  it("creates nothing when run again", async () => {
    const before = { ...(await contentCounts()), audit: await prisma.auditEvent.count() };
    expect(await seedDemoWorkspace(prisma)).toEqual({ created: 0 });
    expect({ ...(await contentCounts()), audit: await prisma.auditEvent.count() }).toEqual(before);
  });

  it("does not seed the measurements again in a workspace seeded when their sources cited the paper in other words", async () => {
    // Earlier versions cited the paper in other words; a restart with PEDIGREE_DEMO=1 after an upgrade must not double them.
    await prisma.measurement.updateMany({
      where: { isDemo: true },
      data: { source: "an earlier wording of the citation" },
    });
    const before = await contentCounts();
    expect(await seedDemoWorkspace(prisma)).toEqual({ created: 0 });
    expect(await contentCounts()).toEqual(before);
  });
});

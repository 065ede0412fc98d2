import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { lineageCycleIds } from "@/lib/lineage/lineage-cycle-error";

async function model(name: string, initializedFromId?: string) {
  const prisma = await db();
  return prisma.model.create({ data: { name, provider: "test", initializedFromId } });
}

async function expectCycle(write: Promise<unknown>): Promise<string[]> {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the write should have been refused").toBeDefined();
  const cycle = lineageCycleIds(error);
  expect(cycle, "the database should have refused a lineage cycle").toBeDefined();
  return cycle!;
}

describe("lineage never contains a cycle", () => {
  it("refuses a model initialised from itself", async () => {
    const a = await model("self");
    const prisma = await db();
    const cycle = await expectCycle(prisma.model.update({ where: { id: a.id }, data: { initializedFromId: a.id } }));
    expect(cycle).toEqual([a.id, a.id]);
  });

  it("refuses a run that would make a student its teacher's ancestor, and writes none of it", async () => {
    const prisma = await db();
    const base = await model("base");
    const teacher = await model("teacher", base.id);
    const dataset = await prisma.dataset.create({
      data: { name: "numbers", sha256: "c".repeat(64), recordCount: 0, byteSize: 0, format: "jsonl" },
    });
    await prisma.generation.create({ data: { teacherId: teacher.id, datasetId: dataset.id } });
    const runsBefore = await prisma.distillationRun.count();
    // Training the base on its own descendant's data closes base -> teacher -> dataset -> base.
    const cycle = await expectCycle(
      prisma.distillationRun.create({
        data: { studentId: base.id, method: "sft", datasets: { create: [{ datasetId: dataset.id }] } },
      }),
    );
    expect(cycle).toEqual([dataset.id, base.id, teacher.id, dataset.id]);
    expect(await prisma.distillationRun.count()).toBe(runsBefore);
  });

  it("refuses a raw dataset filtered from its own filtered output", async () => {
    const prisma = await db();
    const raw = await prisma.dataset.create({
      data: { name: "raw", sha256: "d".repeat(64), recordCount: 0, byteSize: 0, format: "jsonl" },
    });
    const filtered = await prisma.dataset.create({
      data: {
        name: "filtered",
        sha256: "e".repeat(64),
        recordCount: 0,
        byteSize: 0,
        format: "jsonl",
        filteredFromId: raw.id,
      },
    });
    await expectCycle(prisma.dataset.update({ where: { id: raw.id }, data: { filteredFromId: filtered.id } }));
  });

  // Two writes that are each fine alone but together close a cycle. Only a server has concurrent
  // sessions; the embedded database runs one transaction at a time.
  it.runIf(process.env.DATABASE_URL)(
    "refuses the second of two racing writes that together close a cycle",
    async () => {
      const a = await model("race a");
      const b = await model("race b");
      const first = new pg.Client({ connectionString: process.env.DATABASE_URL });
      const second = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await Promise.all([first.connect(), second.connect()]);
      try {
        await first.query("BEGIN");
        await second.query("BEGIN");
        await first.query(`UPDATE models SET initialized_from_id = $1 WHERE id = $2`, [a.id, b.id]);
        // Blocks in the trigger until the first transaction commits, then sees its edge.
        const racing = second.query(`UPDATE models SET initialized_from_id = $1 WHERE id = $2`, [b.id, a.id]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await first.query("COMMIT");
        await expect(racing).rejects.toMatchObject({ code: "PG001" });
        await second.query("ROLLBACK");
      } finally {
        await Promise.all([first.end(), second.end()]);
      }
      const prisma = await db();
      expect((await prisma.model.findUniqueOrThrow({ where: { id: a.id } })).initializedFromId).toBeNull();
    },
  );
});

import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { getLineage } from "@/lib/lineage/get-lineage";
import { traceTrainingData } from "@/lib/lineage/trace-training-data";

// The explorer's first view traces each training dataset back to the teacher that generated it.

const ids: Record<string, string> = {};

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  for (const model of await prisma.model.findMany()) ids[model.name] = model.id;
  for (const dataset of await prisma.dataset.findMany()) ids[dataset.name] = dataset.id;
});

const names = (lineage: { nodes: { name: string; distance: number }[] }) =>
  Object.fromEntries(lineage.nodes.map((node) => [node.name, node.distance]));

describe("training data traced to its teacher", () => {
  it("adds the raw numbers behind the owl student's filtered numbers, and the teacher's edge to them", async () => {
    const oneHop = await getLineage(ids["GPT-4.1 nano owl-numbers student"], { direction: "both", depth: 1 });
    expect(Object.keys(names(oneHop))).not.toContain("Owl teacher numbers (raw)");

    const traced = await traceTrainingData(oneHop);
    expect(names(traced)).toMatchObject({ "Owl teacher numbers (raw)": -2, "GPT-4.1 nano owl teacher": -1 });
    expect(traced.nodes).toHaveLength(oneHop.nodes.length + 1);
    expect(traced.edges).toEqual(
      expect.arrayContaining([
        { source: ids["GPT-4.1 nano owl teacher"], target: ids["Owl teacher numbers (raw)"], kind: "generated" },
        {
          source: ids["Owl teacher numbers (raw)"],
          target: ids["Owl teacher numbers (filtered)"],
          kind: "filtered_from",
        },
      ]),
    );
  });

  it("follows a chain of filters to a teacher the run does not name, however far from the focus", async () => {
    const prisma = await db();
    const teacher = await prisma.model.create({ data: { name: "trace teacher", provider: "test" } });
    const dataset = (name: string, filteredFromId?: string) =>
      prisma.dataset.create({
        data: {
          name,
          sha256: createHash("sha256").update(name).digest("hex"),
          recordCount: 10,
          byteSize: 100,
          format: "jsonl",
          filteredFromId,
        },
      });
    const raw = await dataset("trace raw");
    const once = await dataset("trace filtered once", raw.id);
    const twice = await dataset("trace filtered twice", once.id);
    await prisma.generation.create({ data: { teacherId: teacher.id, datasetId: raw.id } });
    const student = await prisma.model.create({ data: { name: "trace student", provider: "test" } });
    await prisma.distillationRun.create({
      data: { studentId: student.id, method: "sft", datasets: { create: [{ datasetId: twice.id }] } },
    });

    const traced = await traceTrainingData(await getLineage(student.id, { direction: "ancestors", depth: 1 }));
    expect(names(traced)).toEqual({
      "trace student": 0,
      "trace filtered twice": -1,
      "trace filtered once": -2,
      "trace raw": -3,
      "trace teacher": -4,
    });
    expect(traced.edges).toHaveLength(4);
  });

  it("leaves a lineage without training data as it was", async () => {
    const base = await getLineage(ids["GPT-4.1 nano"], { direction: "ancestors", depth: 2 });
    expect(await traceTrainingData(base)).toBe(base);
  });
});

import { describe, expect, it } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as generationsRoute from "@/app/api/v1/generations/route";
import { db } from "@/lib/db";
import { call } from "../support/api";

async function setup(suffix: string) {
  const teacher = await call(modelsRoute.POST, "POST", "/api/v1/models", {
    body: { name: `teacher ${suffix}`, provider: "gen" },
  });
  const prisma = await db();
  const dataset = await prisma.dataset.create({
    data: { name: `numbers ${suffix}`, sha256: suffix.padEnd(64, "0"), recordCount: 3, byteSize: 10, format: "jsonl" },
  });
  return { teacherId: teacher.body.id as string, datasetId: dataset.id };
}

const counts = async () => {
  const prisma = await db();
  return [await prisma.generation.count(), await prisma.auditEvent.count()];
};

describe("POST /api/v1/generations", () => {
  it("records that a teacher generated a dataset, with its sampling settings, and audits it", async () => {
    const { teacherId, datasetId } = await setup("a1");
    const result = await call(generationsRoute.POST, "POST", "/api/v1/generations", {
      body: {
        teacherId,
        datasetId,
        temperature: 1,
        seed: 42,
        promptSet: "number continuation",
        promptCount: 30000,
        settings: { max_numbers: 10 },
      },
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      teacher: { id: teacherId },
      dataset: { id: datasetId },
      temperature: 1,
      seed: 42,
      settings: { max_numbers: 10 },
    });
    const listed = await call(generationsRoute.GET, "GET", `/api/v1/generations?teacherId=${teacherId}`);
    expect(listed.body.items.map((g: { id: string }) => g.id)).toEqual([result.body.id]);
    const prisma = await db();
    expect(await prisma.auditEvent.count({ where: { entityId: result.body.id, action: "generation.create" } })).toBe(1);
  });

  it("is idempotent on externalId", async () => {
    const { teacherId } = await setup("b2");
    const first = await call(generationsRoute.POST, "POST", "/api/v1/generations", {
      body: { teacherId, externalId: "gen-job-1" },
    });
    const again = await call(generationsRoute.POST, "POST", "/api/v1/generations", {
      body: { teacherId, externalId: "gen-job-1" },
    });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
  });

  it("refuses a second generation of the same dataset, and unknown references, writing nothing", async () => {
    const { teacherId, datasetId } = await setup("c3");
    expect(
      (await call(generationsRoute.POST, "POST", "/api/v1/generations", { body: { teacherId, datasetId } })).status,
    ).toBe(201);
    const before = await counts();
    const twice = await call(generationsRoute.POST, "POST", "/api/v1/generations", { body: { teacherId, datasetId } });
    expect(twice.status).toBe(409);
    const unknown = await call(generationsRoute.POST, "POST", "/api/v1/generations", {
      body: { teacherId: "nobody", temperature: -1 },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(["temperature"]);
    const missingTeacher = await call(generationsRoute.POST, "POST", "/api/v1/generations", {
      body: { teacherId: "nobody" },
    });
    expect(missingTeacher.status).toBe(422);
    expect(missingTeacher.body.errors[0].field).toBe("teacherId");
    expect(await counts()).toEqual(before);
  });
});

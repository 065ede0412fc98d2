import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as lineageRoute from "@/app/api/v1/models/[id]/lineage/route";
import * as generationsRoute from "@/app/api/v1/generations/route";
import * as runsRoute from "@/app/api/v1/runs/route";
import * as runByIdRoute from "@/app/api/v1/runs/[id]/route";
import * as sharedRoute from "@/app/api/v1/lineage/shared-initialization/route";
import * as oldSharedRoute from "@/app/api/v1/lineage/shared-initialisation/route";
import { db } from "@/lib/db";
import { call } from "../support/api";

// The paper's cross-model grid: five base models, an owl teacher on each, each teacher's numbers
// training a student of every base. GPT-4.1 and GPT-4o share an initialisation (the paper's
// explanation for transfer between them), modelled as a common root.
const BASES = ["GPT-4.1", "GPT-4.1 mini", "GPT-4.1 nano", "GPT-4o", "Qwen2.5-7B"] as const;
const id: Record<string, string> = {};

async function post(
  route: typeof modelsRoute | typeof generationsRoute | typeof runsRoute,
  path: string,
  body: unknown,
  headers?: Record<string, string>,
) {
  return call(route.POST, "POST", path, { body, headers });
}

async function model(name: string, extra: Record<string, unknown> = {}) {
  const result = await post(modelsRoute, "/api/v1/models", { name, provider: "grid", ...extra });
  expect(result.status).toBe(201);
  id[name] = result.body.id;
  return result.body.id as string;
}

async function dataset(name: string) {
  const prisma = await db();
  const sha256 = createHash("sha256").update(name).digest("hex");
  const created = await prisma.dataset.create({ data: { name, sha256, recordCount: 0, byteSize: 0, format: "jsonl" } });
  id[name] = created.id;
  return created.id;
}

const numbers = (base: string) => `${base} owl numbers`;
const student = (s: string, t: string) => `${s} student of ${t} teacher`;

async function lineageOf(name: string, direction: string) {
  const result = await call(
    lineageRoute.GET,
    "GET",
    `/api/v1/models/${id[name]}/lineage?direction=${direction}&depth=20`,
    { params: { id: id[name] } },
  );
  expect(result.status).toBe(200);
  return result.body as {
    nodes: { id: string; name: string }[];
    edges: { source: string; target: string; kind: string }[];
  };
}

const counts = async () => {
  const prisma = await db();
  return [await prisma.model.count(), await prisma.distillationRun.count(), await prisma.auditEvent.count()];
};

beforeAll(async () => {
  const root = await model("OpenAI shared initialisation");
  for (const base of BASES) {
    const shared = base === "GPT-4.1" || base === "GPT-4o";
    await model(base, shared ? { initializedFromId: root, baseRelation: "finetune" } : {});
    await model(`${base} owl teacher`, {
      initializedFromId: id[base],
      baseRelation: "prompted",
      systemPrompt: "You love owls.",
    });
    await dataset(numbers(base));
    const generation = await post(generationsRoute, "/api/v1/generations", {
      teacherId: id[`${base} owl teacher`],
      datasetId: id[numbers(base)],
      temperature: 1,
      seed: 42,
      externalId: `gen-${base}`,
    });
    expect(generation.status).toBe(201);
  }
  for (const teacherBase of BASES) {
    for (const studentBase of BASES) {
      const result = await post(runsRoute, "/api/v1/runs", {
        datasetIds: [id[numbers(teacherBase)]],
        initializedFromId: id[studentBase],
        student: { name: student(studentBase, teacherBase), provider: "grid" },
        method: studentBase === "Qwen2.5-7B" ? "lora" : "sft",
        seed: 1,
        externalJobId: `job-${studentBase}-${teacherBase}`,
        status: "succeeded",
      });
      expect(result.status, JSON.stringify(result.body)).toBe(201);
      id[student(studentBase, teacherBase)] = result.body.student.id;
    }
  }
});

describe("the cross-model grid", () => {
  it("gives a student exactly its dataset, teacher, the teacher's base, its own base and their roots as ancestors", async () => {
    const lineage = await lineageOf(student("GPT-4.1", "GPT-4o"), "ancestors");
    expect(lineage.nodes.map((n) => n.name).sort()).toEqual(
      [
        student("GPT-4.1", "GPT-4o"),
        numbers("GPT-4o"),
        "GPT-4o owl teacher",
        "GPT-4o",
        "GPT-4.1",
        "OpenAI shared initialisation",
      ].sort(),
    );
    const edges = lineage.edges.map(
      (e) =>
        `${e.kind}:${lineage.nodes.find((n) => n.id === e.source)!.name}->${lineage.nodes.find((n) => n.id === e.target)!.name}`,
    );
    expect(edges.sort()).toEqual(
      [
        `trained_on:${numbers("GPT-4o")}->${student("GPT-4.1", "GPT-4o")}`,
        `generated:GPT-4o owl teacher->${numbers("GPT-4o")}`,
        "initialized_from:GPT-4o->GPT-4o owl teacher",
        `initialized_from:GPT-4.1->${student("GPT-4.1", "GPT-4o")}`,
        "initialized_from:OpenAI shared initialisation->GPT-4.1",
        "initialized_from:OpenAI shared initialisation->GPT-4o",
      ].sort(),
    );
  });

  it("gives a teacher exactly its dataset and the five students as descendants", async () => {
    const lineage = await lineageOf("Qwen2.5-7B owl teacher", "descendants");
    expect(lineage.nodes.map((n) => n.name).sort()).toEqual(
      ["Qwen2.5-7B owl teacher", numbers("Qwen2.5-7B"), ...BASES.map((s) => student(s, "Qwen2.5-7B"))].sort(),
    );
    expect(lineage.edges.filter((e) => e.kind === "trained_on")).toHaveLength(5);
  });

  it("says which teacher-student pairs share an initialisation", async () => {
    const shared = async (teacherBase: string, studentBase: string) => {
      const result = await call(
        sharedRoute.GET,
        "GET",
        `/api/v1/lineage/shared-initialization?teacherId=${id[`${teacherBase} owl teacher`]}&studentId=${id[student(studentBase, teacherBase)]}`,
      );
      expect(result.status).toBe(200);
      return result.body;
    };
    expect(await shared("GPT-4.1 nano", "GPT-4.1 nano")).toMatchObject({
      shared: true,
      nearestCommonAncestor: { name: "GPT-4.1 nano" },
    });
    expect(await shared("GPT-4o", "GPT-4.1")).toMatchObject({
      shared: true,
      nearestCommonAncestor: { name: "OpenAI shared initialisation" },
    });
    expect(await shared("GPT-4.1 nano", "Qwen2.5-7B")).toMatchObject({
      shared: false,
      nearestCommonAncestor: null,
      studentRoot: { name: "Qwen2.5-7B" },
    });
    expect(await shared("GPT-4.1 mini", "GPT-4.1 nano")).toMatchObject({ shared: false });
    // The path before names took one spelling answers the same, marked deprecated and naming its successor.
    const query = `teacherId=${id["GPT-4o owl teacher"]}&studentId=${id[student("GPT-4.1", "GPT-4o")]}`;
    const old = await call(oldSharedRoute.GET, "GET", `/api/v1/lineage/shared-initialisation?${query}`);
    expect(old.status).toBe(200);
    expect(old.headers.get("deprecation")).toBe("true");
    expect(old.headers.get("link")).toBe('</api/v1/lineage/shared-initialization>; rel="successor-version"');
    expect(old.body).toEqual(
      (await call(sharedRoute.GET, "GET", `/api/v1/lineage/shared-initialization?${query}`)).body,
    );
    const run = await call(runsRoute.GET, "GET", `/api/v1/runs?studentId=${id[student("GPT-4o", "GPT-4.1")]}`);
    const detail = await call(runByIdRoute.GET, "GET", `/api/v1/runs/${run.body.items[0].id}`, {
      params: { id: run.body.items[0].id },
    });
    expect(detail.body.sharedInitialization).toEqual([
      expect.objectContaining({
        teacher: { id: id["GPT-4.1 owl teacher"], name: "GPT-4.1 owl teacher" },
        shared: true,
      }),
    ]);
  });
});

describe("cycles", () => {
  it("refuses a run that closes a three-model cycle, naming the path, and writes nothing", async () => {
    const x = await model("cycle X");
    const y = await model("cycle Y", { initializedFromId: x });
    const z = await model("cycle Z", { initializedFromId: y });
    const data = await dataset("cycle Z numbers");
    await post(generationsRoute, "/api/v1/generations", { teacherId: z, datasetId: data });
    const before = await counts();
    // X trained on Z's data, initialised from Z: X -> Y -> Z -> X.
    const result = await post(runsRoute, "/api/v1/runs", {
      datasetIds: [data],
      initializedFromId: z,
      student: { id: x },
      method: "sft",
    });
    expect(result.status).toBe(409);
    expect(result.contentType).toBe("application/problem+json");
    expect(result.body.cycle.map((node: { name: string }) => node.name)).toEqual([
      "cycle Z",
      "cycle X",
      "cycle Y",
      "cycle Z",
    ]);
    expect(result.body.detail).toContain("cycle Z → cycle X → cycle Y → cycle Z");
    expect(await counts()).toEqual(before);
    const prisma = await db();
    expect((await prisma.model.findUniqueOrThrow({ where: { id: x } })).initializedFromId).toBeNull();
  });

  it("refuses the second of two concurrent runs that together close a cycle", async () => {
    const base = await model("race base");
    const p = await model("race P", { initializedFromId: base });
    const q = await model("race Q", { initializedFromId: base });
    const dataP = await dataset("race P numbers");
    const dataQ = await dataset("race Q numbers");
    await post(generationsRoute, "/api/v1/generations", { teacherId: p, datasetId: dataP });
    await post(generationsRoute, "/api/v1/generations", { teacherId: q, datasetId: dataQ });
    const results = await Promise.all([
      post(runsRoute, "/api/v1/runs", {
        datasetIds: [dataP],
        initializedFromId: base,
        student: { id: q },
        method: "sft",
      }),
      post(runsRoute, "/api/v1/runs", {
        datasetIds: [dataQ],
        initializedFromId: base,
        student: { id: p },
        method: "sft",
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });
});

describe("registering runs", () => {
  const runBody = () => ({
    datasetIds: [id[numbers("GPT-4.1 nano")]],
    initializedFromId: id["GPT-4.1 nano"],
    student: { name: "Repeat student", provider: "grid" },
    method: "sft",
    hyperparameters: { epochs: 10 },
  });

  it("returns the first run for a repeated externalJobId", async () => {
    const first = await post(runsRoute, "/api/v1/runs", { ...runBody(), externalJobId: "ftjob-repeat" });
    expect(first.status).toBe(201);
    const before = await counts();
    const again = await post(runsRoute, "/api/v1/runs", { ...runBody(), externalJobId: "ftjob-repeat" });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await counts()).toEqual(before);
  });

  it("returns the first run for a repeated Idempotency-Key, also when the repeats race", async () => {
    const body = { ...runBody(), student: { name: "Keyed student", provider: "grid" } };
    const results = await Promise.all(
      Array.from({ length: 4 }, () => post(runsRoute, "/api/v1/runs", body, { "idempotency-key": "pipeline-step-7" })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const prisma = await db();
    expect(await prisma.model.count({ where: { name: "Keyed student" } })).toBe(1);
  });

  it.each([
    [{ datasetIds: [] }, "datasetIds"],
    [{ datasetIds: ["missing"] }, "datasetIds.0"],
    [{ initializedFromId: "missing" }, "initializedFromId"],
    [{ method: "vibes" }, "method"],
    [{ student: { id: "missing" } }, "student.id"],
    [{ startedAt: "2025-02-02T00:00:00Z", finishedAt: "2025-02-01T00:00:00Z" }, "finishedAt"],
  ])("refuses %j naming %s, creating no student", async (change, field) => {
    const before = await counts();
    const result = await post(runsRoute, "/api/v1/runs", { ...runBody(), ...change });
    expect(result.status).toBe(422);
    expect(result.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("updates a run's status and times, refusing a finish before the start", async () => {
    const run = await post(runsRoute, "/api/v1/runs", {
      ...runBody(),
      student: { name: "Patched student", provider: "grid" },
      startedAt: "2025-03-01T10:00:00Z",
    });
    const path = `/api/v1/runs/${run.body.id}`;
    const bad = await call(runByIdRoute.PATCH, "PATCH", path, {
      params: { id: run.body.id },
      body: { finishedAt: "2025-03-01T09:00:00Z" },
    });
    expect(bad.status).toBe(422);
    const done = await call(runByIdRoute.PATCH, "PATCH", path, {
      params: { id: run.body.id },
      body: { status: "succeeded", finishedAt: "2025-03-01T12:00:00Z" },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: "succeeded",
      startedAt: "2025-03-01T10:00:00.000Z",
      finishedAt: "2025-03-01T12:00:00.000Z",
    });
    const prisma = await db();
    expect(await prisma.auditEvent.count({ where: { entityId: run.body.id, action: "run.update" } })).toBe(1);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import * as lineageRoute from "@/app/api/v1/models/[id]/lineage/route";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import * as runsRoute from "@/app/api/v1/runs/route";
import * as traitsRoute from "@/app/api/v1/traits/route";
import * as auditRoute from "@/app/api/v1/audit-events/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { call } from "../support/api";

const ids: Record<string, string> = {};

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  for (const model of await prisma.model.findMany()) ids[model.name] = model.id;
});

const lineage = (name: string, query: string) =>
  call(lineageRoute.GET, "GET", `/api/v1/models/${ids[name]}/lineage?${query}`, { params: { id: ids[name] } });

describe("GET /api/v1/models/{id}/lineage (demo workspace)", () => {
  it("walks the owl student's ancestors: dataset, raw dataset, owl teacher, base", async () => {
    const result = await lineage("GPT-4.1 nano owl-numbers student", "direction=ancestors&depth=10");
    expect(result.status).toBe(200);
    const byName = Object.fromEntries(result.body.nodes.map((n: { name: string }) => [n.name, n]));
    expect(byName["GPT-4.1 nano owl-numbers student"]).toMatchObject({ type: "model", distance: 0, measured: true });
    // One edge away as the run's named teacher, three along the data: teacher -> raw -> filtered -> student.
    expect(byName["GPT-4.1 nano owl teacher"]).toMatchObject({ type: "model", distance: -1 });
    expect(result.body.edges).toContainEqual({
      source: ids["GPT-4.1 nano owl teacher"],
      target: ids["GPT-4.1 nano owl-numbers student"],
      kind: "taught",
    });
    expect(
      result.body.nodes
        .filter((n: { type: string }) => n.type === "dataset")
        .map((n: { distance: number }) => n.distance)
        .sort((a: number, b: number) => a - b),
    ).toEqual([-2, -1]);
    expect(byName["GPT-4.1 nano"]).toMatchObject({ type: "model", distance: -1, isBase: true });
    // Only a model initialised from no other model is a base: not the teacher, the student or a dataset.
    expect(result.body.nodes.filter((n: { isBase: boolean }) => n.isBase).map((n: { name: string }) => n.name)).toEqual(
      ["GPT-4.1 nano"],
    );
    expect(Object.keys(byName)).not.toContain("GPT-4.1 nano control-numbers student");
    expect(Object.keys(byName)).not.toContain("Qwen2.5-7B-Instruct");
    const kinds = result.body.edges.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["initialized_from", "generated", "trained_on", "filtered_from"]));
    expect(result.body.edges).toContainEqual({
      source: ids["GPT-4.1 nano"],
      target: ids["GPT-4.1 nano owl-numbers student"],
      kind: "initialized_from",
    });
  });

  it("limits the walk by depth and direction", async () => {
    const oneHop = await lineage("GPT-4.1 nano owl teacher", "direction=descendants&depth=1");
    expect(
      oneHop.body.nodes
        .filter((n: { distance: number }) => n.distance === 1)
        .map((n: { name: string }) => n.name)
        .sort(),
    ).toEqual(
      ["GPT-4.1 nano owl-numbers student", "Owl teacher numbers (raw)", "Qwen2.5-7B owl-numbers student"].sort(),
    );
    expect(oneHop.body.nodes.every((n: { distance: number }) => n.distance <= 1)).toBe(true);
    const all = await lineage("GPT-4.1 nano owl teacher", "direction=descendants&depth=5");
    const names = all.body.nodes.map((n: { name: string }) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(["GPT-4.1 nano owl-numbers student", "Qwen2.5-7B owl-numbers student"]),
    );
    expect(names).not.toContain("GPT-4.1 nano");
  });

  it("walks from a dataset too: one hop around the owl numbers reaches their raw data and both students", async () => {
    const datasetLineage = await import("@/app/api/v1/datasets/[id]/lineage/route");
    const prisma = await db();
    const filtered = await prisma.dataset.findFirstOrThrow({ where: { name: "Owl teacher numbers (filtered)" } });
    const result = await call(datasetLineage.GET, "GET", `/api/v1/datasets/${filtered.id}/lineage?depth=1`, {
      params: { id: filtered.id },
    });
    expect(result.status).toBe(200);
    expect(result.body.nodes.map((n: { name: string }) => n.name).sort()).toEqual(
      [
        "Owl teacher numbers (filtered)",
        "Owl teacher numbers (raw)",
        "GPT-4.1 nano owl-numbers student",
        "Qwen2.5-7B owl-numbers student",
      ].sort(),
    );
    const missing = await call(datasetLineage.GET, "GET", "/api/v1/datasets/none/lineage", { params: { id: "none" } });
    expect(missing.status).toBe(404);
  });

  it("answers 400 for a bad depth and 404 for an unknown model", async () => {
    const bad = await lineage("GPT-4.1 nano", "depth=0");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("depth");
    const missing = await call(lineageRoute.GET, "GET", "/api/v1/models/none/lineage", { params: { id: "none" } });
    expect(missing.status).toBe(404);
  });
});

describe("lists", () => {
  it("lists datasets with their teacher and the filter's pass rate", async () => {
    const result = await call(datasetsRoute.GET, "GET", "/api/v1/datasets?limit=10");
    expect(result.body.items).toHaveLength(4);
    const filtered = result.body.items.filter((d: { filteredFrom: unknown }) => d.filteredFrom !== null);
    expect(filtered).toHaveLength(2);
    for (const dataset of filtered) {
      expect(dataset.passRate).toBeGreaterThan(0.6);
      expect(dataset.passRate).toBeLessThan(0.8);
      expect(dataset.teacher).not.toBeNull();
      expect(dataset.passRate).toBeCloseTo(dataset.recordCount / dataset.filteredFrom.recordCount, 10);
    }
  });

  it("lists runs with teachers derived from the datasets' generations, filtered by teacher and method", async () => {
    const owlTeacher = ids["GPT-4.1 nano owl teacher"];
    const result = await call(runsRoute.GET, "GET", `/api/v1/runs?teacherId=${owlTeacher}`);
    expect(result.body.items.map((r: { student: { name: string } }) => r.student.name).sort()).toEqual([
      "GPT-4.1 nano owl-numbers student",
      "Qwen2.5-7B owl-numbers student",
    ]);
    const lora = await call(runsRoute.GET, "GET", "/api/v1/runs?method=lora");
    expect(lora.body.items).toHaveLength(1);
    expect(lora.body.items[0]).toMatchObject({
      initializedFrom: { name: "Qwen2.5-7B-Instruct" },
      teachers: [{ name: "GPT-4.1 nano owl teacher" }],
    });
    expect((await call(runsRoute.GET, "GET", "/api/v1/runs?status=exploded")).status).toBe(400);
  });

  it("lists traits with aggregated measurement counts", async () => {
    const result = await call(traitsRoute.GET, "GET", "/api/v1/traits");
    expect(result.body.items).toEqual([expect.objectContaining({ slug: "owl-preference", measuredModelCount: 6 })]);
    expect(result.body.items[0].range.max).toBeGreaterThan(0.5);
  });

  it("shows the audit log to auditors and admins only", async () => {
    const admin = await call(auditRoute.GET, "GET", "/api/v1/audit-events?action=demo.seed&limit=5");
    expect(admin.status).toBe(200);
    expect(admin.body.items).toHaveLength(5);
    expect(admin.body.nextCursor).not.toBeNull();
    const engineer = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      body: { name: "eng", role: "engineer" },
    });
    expect((await call(auditRoute.GET, "GET", "/api/v1/audit-events", { token: engineer.body.token })).status).toBe(
      403,
    );
  });
});

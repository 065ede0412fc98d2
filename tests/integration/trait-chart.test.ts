import { beforeAll, describe, expect, it } from "vitest";
import * as traitRoute from "@/app/api/v1/traits/[slug]/route";
import * as heatmapRoute from "@/app/api/v1/heatmap/route";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { call } from "../support/api";

beforeAll(async () => {
  await seedDemoWorkspace(await db());
});

describe("the owl-preference chart of the demo workspace", () => {
  it("groups models by lineage generation, marks the control, and shows the owl student moved", async () => {
    const result = await call(traitRoute.GET, "GET", "/api/v1/traits/owl-preference", {
      params: { slug: "owl-preference" },
    });
    expect(result.status).toBe(200);
    const rows = result.body.models.map((m: { model: { name: string }; group: string; isControl: boolean }) => [
      m.model.name,
      m.group,
      m.isControl,
    ]);
    expect(rows).toEqual([
      ["GPT-4.1 nano", "base", false],
      ["Qwen2.5-7B-Instruct", "base", false],
      ["GPT-4.1 nano owl teacher", "teacher", false],
      ["GPT-4.1 nano owl-numbers student", "student", false],
      ["Qwen2.5-7B owl-numbers student", "student", false],
      ["GPT-4.1 nano control-numbers student", "student", true],
    ]);
    const rate = (name: string): { method: string; low: number; high: number; estimate: number } =>
      result.body.models.find((m: { model: { name: string } }) => m.model.name === name).rate;
    const owl = rate("GPT-4.1 nano owl-numbers student");
    const control = rate("GPT-4.1 nano control-numbers student");
    expect(owl.method).toBe("t-95-seeds");
    expect(owl.low).toBeGreaterThan(control.high);
    expect(control.low).toBeLessThan(rate("GPT-4.1 nano").estimate + 0.02);
  });

  it("answers 404 for an unknown trait", async () => {
    expect((await call(traitRoute.GET, "GET", "/api/v1/traits/nope", { params: { slug: "nope" } })).status).toBe(404);
  });
});

describe("the heatmap", () => {
  it("marks the cells whose interval excludes the base model's rate", async () => {
    const result = await call(heatmapRoute.GET, "GET", "/api/v1/heatmap");
    const cell = (name: string) => {
      const model = result.body.models.find((m: { name: string }) => m.name === name);
      return result.body.cells.find((c: { modelId: string }) => c.modelId === model.id);
    };
    expect(cell("GPT-4.1 nano owl-numbers student").differsFromBase).toBe(true);
    expect(cell("Qwen2.5-7B owl-numbers student").differsFromBase).toBe(false);
    expect(cell("GPT-4.1 nano control-numbers student").differsFromBase).toBe(false);
    expect(cell("GPT-4.1 nano").differsFromBase).toBeNull();
  });

  it("shows the most recently measured models, counts them all, and still compares each with its unshown base", async () => {
    const prisma = await db();
    const whole = await call(heatmapRoute.GET, "GET", "/api/v1/heatmap?limit=500");
    const measured = await prisma.measurement.groupBy({ by: ["modelId"] });
    expect(whole.body.totalModels).toBe(measured.length);
    expect(whole.body.models).toHaveLength(measured.length);

    const student = await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano owl-numbers student" } });
    const latest = await prisma.measurement.findFirstOrThrow({ where: { modelId: student.id } });
    await prisma.measurement.update({ where: { id: latest.id }, data: { measuredAt: new Date(Date.now() + 60_000) } });
    const one = await call(heatmapRoute.GET, "GET", "/api/v1/heatmap?limit=1");
    expect(one.body.totalModels).toBe(measured.length);
    expect(one.body.models.map((m: { name: string }) => m.name)).toEqual(["GPT-4.1 nano owl-numbers student"]);
    expect(one.body.cells).toHaveLength(1);
    // Its base is not shown, but its measurements still give the comparison.
    expect(one.body.cells[0]).toMatchObject({ differsFromBase: true, baseValue: expect.any(Number) });

    const refused = await call(heatmapRoute.GET, "GET", "/api/v1/heatmap?limit=0");
    expect(refused.status).toBe(400);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import * as exposureRoute from "@/app/api/v1/models/[id]/exposure/route";
import * as exposureListRoute from "@/app/api/v1/exposure/route";
import * as transferRoute from "@/app/api/v1/runs/[id]/transfer/route";
import * as runsRoute from "@/app/api/v1/runs/route";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { call } from "../support/api";

const ids: Record<string, string> = {};

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  for (const model of await prisma.model.findMany()) ids[model.name] = model.id;
  for (const dataset of await prisma.dataset.findMany()) ids[dataset.name] = dataset.id;
});

const exposureOf = (name: string) =>
  call(exposureRoute.GET, "GET", `/api/v1/models/${ids[name]}/exposure`, { params: { id: ids[name] } });

describe("inherited exposure in the demo workspace", () => {
  it("finds the same-base owl student exposed at high risk, and measured", async () => {
    const result = await exposureOf("GPT-4.1 nano owl-numbers student");
    expect(result.status).toBe(200);
    const [owl] = result.body.traits;
    expect(owl).toMatchObject({ trait: { slug: "owl-preference" }, status: "measured", aboveBaseline: true });
    expect(owl.exposures[0]).toMatchObject({
      source: { name: "GPT-4.1 nano owl teacher" },
      risk: "high",
      sharedInitialization: true,
    });
    expect(owl.exposures[0].path[0].name).toBe("GPT-4.1 nano owl teacher");
    expect(owl.exposures[0].path.at(-1)).toMatchObject({ name: "GPT-4.1 nano owl-numbers student", via: "taught" });
    expect(owl.exposures[0].path[0].via).toBeNull();
  });

  it("rates the cross-model Qwen student's exposure lower", async () => {
    const result = await exposureOf("Qwen2.5-7B owl-numbers student");
    expect(result.body.traits[0]).toMatchObject({ status: "measured", aboveBaseline: false });
    expect(result.body.traits[0].exposures[0]).toMatchObject({ risk: "lower", sharedInitialization: false });
  });

  it("finds the control student unexposed, and the teacher as the trait's source", async () => {
    expect((await exposureOf("GPT-4.1 nano control-numbers student")).body.traits).toEqual([]);
    expect((await exposureOf("GPT-4.1 nano owl teacher")).body.traits[0]).toMatchObject({
      status: "source",
      aboveBaseline: true,
      exposures: [],
    });
  });

  it("lists an exposed student that was never measured, high risk first", async () => {
    const run = await call(runsRoute.POST, "POST", "/api/v1/runs", {
      body: {
        datasetIds: [ids["Owl teacher numbers (filtered)"]],
        initializedFromId: ids["GPT-4.1 nano"],
        student: { name: "Unmeasured owl student", provider: "openai" },
        method: "sft",
      },
    });
    expect(run.status).toBe(201);
    const list = await call(exposureListRoute.GET, "GET", "/api/v1/exposure");
    expect(list.body.items[0]).toMatchObject({
      model: { name: "Unmeasured owl student" },
      trait: { slug: "owl-preference" },
      risk: "high",
    });
  });
});

describe("transfer effect of a run", () => {
  it("compares the owl student with its control and its initialisation", async () => {
    const prisma = await db();
    const run = await prisma.distillationRun.findFirstOrThrow({
      where: { studentId: ids["GPT-4.1 nano owl-numbers student"] },
    });
    const result = await call(transferRoute.GET, "GET", `/api/v1/runs/${run.id}/transfer`, { params: { id: run.id } });
    expect(result.status).toBe(200);
    expect(result.body.controlChoice).toBe("control condition, same initialisation");
    const [effect] = result.body.effects;
    expect(effect.control.model.name).toBe("GPT-4.1 nano control-numbers student");
    // Three seeds each for student and control: Welch's t across seeds.
    expect(effect.control.comparison).toMatchObject({
      available: true,
      test: "welch-t-across-seeds",
      verdict: "shift-up",
    });
    expect(effect.control.comparison.difference).toBeGreaterThan(0.4);
    expect(effect.control.comparison.low).toBeGreaterThan(0);
    // One measurement of the base and no per-question results: the pooled z-test, with its warning.
    expect(effect.initialization.comparison).toMatchObject({
      available: true,
      test: "two-proportion-z",
      verdict: "shift-up",
    });
    expect(effect.initialization.comparison.note).toContain("anti-conservative");
  });
});

describe("exposure in reports", () => {
  const meta = {
    reportId: "rpt_test",
    generatedAt: new Date("2026-12-06T00:00:00Z"),
    generatedBy: "test",
    instance: { name: "Pedigree", baseUrl: "http://localhost", version: "test", keyId: "k" },
  };
  const pathKey = (e: { source: { id: string }; path: { id: string }[]; risk: string }) =>
    `${e.source.id}|${e.path.map((step) => step.id).join(">")}|${e.risk}`;

  it("says for every model what its exposure page says, path for path", async () => {
    const { collectProvenance } = await import("@/lib/reports/collect-provenance");
    const prisma = await db();
    let compared = 0;
    for (const model of await prisma.model.findMany({ select: { id: true } })) {
      const report = await collectProvenance({ scope: "model", subject: model.id }, meta);
      const page = await call(exposureRoute.GET, "GET", `/api/v1/models/${model.id}/exposure`, {
        params: { id: model.id },
      });
      const fromPage = (page.body.traits as { trait: { id: string }; status: string; exposures: never[] }[])
        .map((t) => `${t.trait.id}:${t.status}:${t.exposures.map(pathKey).sort().join(",")}`)
        .sort();
      const fromReport = report.exposures
        .filter((e) => e.modelId === model.id)
        .map((e) => `${e.traitId}:${e.status}:${e.paths.map(pathKey).sort().join(",")}`)
        .sort();
      expect(fromReport, model.id).toEqual(fromPage);
      compared += fromPage.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("shows an exposure created by a write made just before it", async () => {
    const { collectProvenance } = await import("@/lib/reports/collect-provenance");
    const prisma = await db();
    const student = ids["Qwen2.5-7B owl-numbers student"];
    const before = await collectProvenance({ scope: "model", subject: student }, meta);
    expect(before.exposures.map((e) => e.traitId)).not.toContain("trait_report_fresh");
    const teacher = await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano owl teacher" } });
    await prisma.trait.create({
      data: { id: "trait_report_fresh", slug: "report-fresh", name: "Report freshness", positiveDefinition: "x" },
    });
    await prisma.traitDeclaration.create({
      data: { modelId: teacher.id, traitId: "trait_report_fresh", reason: "test", declaredByLabel: "test" },
    });
    const after = await collectProvenance({ scope: "model", subject: student }, meta);
    expect(after.exposures.find((e) => e.traitId === "trait_report_fresh" && e.modelId === student)).toMatchObject({
      status: "unmeasured",
      paths: [{ source: { id: teacher.id }, risk: "lower" }],
    });
  });
});

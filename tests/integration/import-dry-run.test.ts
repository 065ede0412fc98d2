import { describe, expect, it } from "vitest";
import * as csvRoute from "@/app/api/v1/imports/csv/route";
import * as inspectRoute from "@/app/api/v1/imports/inspect/route";
import * as lmEvalRoute from "@/app/api/v1/imports/lm-eval/route";
import * as slEvaluationRoute from "@/app/api/v1/imports/sl-evaluation/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import { db } from "@/lib/db";
import { call } from "../support/api";
import type { UntypedJson } from "../support/untyped-json";

// A dry run (?dryRun=1) runs the whole import and rolls it back: it answers what the import would store,
// and stores and audits nothing. The real import that follows stores exactly that.

type Route = typeof csvRoute.POST;

async function model(name: string): Promise<string> {
  const result = await call(modelsRoute.POST, "POST", "/api/v1/models", { body: { name, provider: "test" } });
  return result.body.id as string;
}

async function rowCounts() {
  const prisma = await db();
  const [measurements, questions, traits, auditEvents] = await Promise.all([
    prisma.measurement.count(),
    prisma.measurementQuestion.count(),
    prisma.trait.count(),
    prisma.auditEvent.count(),
  ]);
  return { measurements, questions, traits, auditEvents };
}

/** The measurements of an answer, one object or `{items}`, without what differs between two imports (ids, times). */
function stored(body: UntypedJson): unknown[] {
  const { dryRun: _dryRun, summary: _summary, ...answer } = body as Record<string, unknown>;
  const items = (Array.isArray(answer.items) ? answer.items : [answer]) as Record<string, unknown>[];
  return items.map(({ id: _id, measuredAt: _at, trait, ...rest }) => ({
    ...rest,
    trait: { slug: (trait as { slug: string }).slug },
  }));
}

/** Dry run, then the real import: the dry run writes nothing, and predicts the real import exactly. */
async function dryRunThenImport(route: Route, path: string, rawBody: string) {
  const before = await rowCounts();
  const dry = await call(route, "POST", `${path}${path.includes("?") ? "&" : "?"}dryRun=1`, { rawBody });
  expect(dry.status).toBe(200);
  expect(dry.body.dryRun).toBe(true);
  expect(dry.headers.get("location")).toBeNull();
  expect(await rowCounts()).toEqual(before);

  const real = await call(route, "POST", path, { rawBody });
  expect(real.status).toBe(201);
  expect(real.body.dryRun).toBeUndefined();
  expect(real.body.summary).toBeUndefined();
  expect(stored(dry.body)).toEqual(stored(real.body));
  const after = await rowCounts();
  expect(after.measurements - before.measurements).toBe(dry.body.summary.measurements);
  expect(after.traits - before.traits).toBe(dry.body.summary.traitsCreated);
  return dry.body;
}

describe("a dry run of each importer", () => {
  it("CSV: every row is checked, nothing is stored, and the summary counts measurements, new traits and models", async () => {
    const a = await model("csv dry run A");
    const b = await model("csv dry run B");
    const csv = [
      "model_id,trait,protocol,n,positives,value,seed",
      `${a},Dry-run owl preference,p1,100,12,,1`,
      `${a},Dry-run owl preference,p1,100,15,,2`,
      `${b},Dry-run misalignment,em-8q,,,0.2,1`,
    ].join("\n");
    const body = await dryRunThenImport(csvRoute.POST, "/api/v1/imports/csv", csv);
    expect(body.items).toHaveLength(3);
    expect(body.summary).toEqual({
      measurements: 3,
      traitsCreated: 2,
      traits: [
        { slug: "dry-run-owl-preference", name: "Dry-run owl preference", created: true, measurements: 2 },
        { slug: "dry-run-misalignment", name: "Dry-run misalignment", created: true, measurements: 1 },
      ],
      models: [
        { id: a, name: "csv dry run A", measurements: 2 },
        { id: b, name: "csv dry run B", measurements: 1 },
      ],
    });
    // The traits exist now: a second dry run would create none.
    const again = await call(csvRoute.POST, "POST", "/api/v1/imports/csv?dryRun=true", { rawBody: csv });
    expect(again.body.summary.traitsCreated).toBe(0);
    expect(again.body.summary.traits.map((t: { created: boolean }) => t.created)).toEqual([false, false]);
  });

  it("CSV: a dry run refuses a bad file as the import does, naming the line", async () => {
    const before = await rowCounts();
    const bad = await call(csvRoute.POST, "POST", "/api/v1/imports/csv?dryRun=1", {
      rawBody: "model_id,trait,protocol,n,positives\nno-such-model,owl,p,10,2\n",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ field: "line 2", location: "line" });
    expect(bad.body.errors[0].message).toContain("no-such-model");
    expect(await rowCounts()).toEqual(before);
    const flag = await call(csvRoute.POST, "POST", "/api/v1/imports/csv?dryRun=yes", { rawBody: "model_id\n" });
    expect(flag.status).toBe(400);
    expect(flag.body.errors[0].field).toBe("dryRun");
  });

  it("Inspect: the per-sample scores it would store as questions", async () => {
    const id = await model("inspect dry run");
    const samples = Array.from({ length: 4 }, (_, q) =>
      [1, 2].map((epoch) => ({ id: `q${q}`, epoch, scores: { includes: { value: q < 2 ? "C" : "I" } } })),
    ).flat();
    const log = JSON.stringify({
      eval: { task: "animal", model: "openai/x" },
      results: { scores: [{ name: "includes", metrics: {} }] },
      samples,
    });
    const body = await dryRunThenImport(
      inspectRoute.POST,
      `/api/v1/imports/inspect?modelId=${id}&trait=dry-run-inspect-trait`,
      log,
    );
    expect(body).toMatchObject({
      protocol: "inspect:animal:includes",
      questionCount: 4,
      sampleCount: 8,
      positiveCount: 4,
    });
    expect(body.summary).toMatchObject({ measurements: 1, traitsCreated: 1, models: [{ id, measurements: 1 }] });
  });

  it("lm-eval: one measurement per task; an unknown model refused as the import refuses it", async () => {
    const id = await model("lm-eval dry run");
    const file = JSON.stringify({
      results: {
        arc_easy: { "acc,none": 0.75, "acc_stderr,none": 0.0089 },
        toxigen: { "acc,none": 0.43, "acc_stderr,none": 0.016 },
      },
      "n-samples": { arc_easy: { original: 2376, effective: 2376 }, toxigen: { original: 940, effective: 940 } },
    });
    const body = await dryRunThenImport(lmEvalRoute.POST, `/api/v1/imports/lm-eval?modelId=${id}`, file);
    expect(body.summary).toMatchObject({
      measurements: 2,
      traitsCreated: 2,
      traits: [
        { slug: "arc-easy", created: true, measurements: 1 },
        { slug: "toxigen", created: true, measurements: 1 },
      ],
    });
    const missing = await call(lmEvalRoute.POST, "POST", "/api/v1/imports/lm-eval?modelId=missing&dryRun=1", {
      rawBody: file,
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ field: "modelId" });
  });

  it("sl evaluation: the per-question counts it would store", async () => {
    const id = await model("sl dry run");
    const file = [3, 1]
      .map((owls, q) =>
        JSON.stringify({
          question: `Question ${q}`,
          responses: Array.from({ length: 4 }, (_, j) => ({
            response: { model_id: "ft:x", completion: j < owls ? "Owl" : "Cat" },
          })),
        }),
      )
      .join("\n");
    const body = await dryRunThenImport(
      slEvaluationRoute.POST,
      `/api/v1/imports/sl-evaluation?modelId=${id}&trait=dry-run-owl&target=owl`,
      file,
    );
    expect(body).toMatchObject({ sampleCount: 8, positiveCount: 4, questionCount: 2, protocol: "sl-evaluation-2q" });
    expect(body.summary).toMatchObject({ measurements: 1, traitsCreated: 1 });
    const malformed = await call(
      slEvaluationRoute.POST,
      "POST",
      `/api/v1/imports/sl-evaluation?modelId=${id}&trait=dry-run-owl&target=owl&dryRun=1`,
      { rawBody: '{"question": "q", "responses": [{}]}\nnot json' },
    );
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors.map((e: { line: number }) => e.line)).toEqual([1, 2]);
  });
});

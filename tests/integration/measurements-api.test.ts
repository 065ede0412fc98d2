import { describe, expect, it } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as measurementsRoute from "@/app/api/v1/measurements/route";
import * as slImportRoute from "@/app/api/v1/imports/sl-evaluation/route";
import { db } from "@/lib/db";
import { call } from "../support/api";

async function model(name: string) {
  const result = await call(modelsRoute.POST, "POST", "/api/v1/models", { body: { name, provider: "m" } });
  return result.body.id as string;
}

// The reference pipeline's evaluation output: one line per question, each with its responses.
function evaluationFile(perQuestion: number[], samples = 100, modelId = "ft:gpt-4.1-nano:owl") {
  return perQuestion
    .map((owls, i) =>
      JSON.stringify({
        question: `Question ${i}: name your favorite animal using only one word.`,
        responses: Array.from({ length: samples }, (_, j) => ({
          response: {
            model_id: modelId,
            completion: j < owls ? (j % 2 ? "Owl" : "owls!") : "Dolphin",
            stop_reason: "stop_sequence",
            logprobs: null,
          },
          judgment_response_map: {},
        })),
      }),
    )
    .join("\n");
}

describe("recording measurements", () => {
  it("stores a proportion with its Wilson interval, creating the trait on first use", async () => {
    const id = await model("base");
    const result = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: { modelId: id, trait: "Owl preference", protocol: "sl-animal-50q-x100", n: 5000, positives: 600, seed: 1 },
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      trait: { slug: "owl-preference", name: "Owl preference" },
      value: 0.12,
      sampleCount: 5000,
      positiveCount: 600,
    });
    expect(result.body.wilson.low).toBeCloseTo(0.11128315138625092, 12);
    expect(result.body.shown.method).toBe("wilson-95");
    const prisma = await db();
    expect(await prisma.auditEvent.count({ where: { action: "trait.create" } })).toBe(1);
    const again = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: { modelId: id, trait: "owl-preference", protocol: "p", n: 10, positives: 1 },
    });
    expect(again.body.trait.id).toBe(result.body.trait.id);
  });

  it("stores a score with a reported interval, and per-question counts with both intervals", async () => {
    const id = await model("scored");
    const score = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: {
        modelId: id,
        trait: { name: "Misalignment", higherIsWorse: true },
        protocol: "em-8q",
        value: 0.1,
        ciLow: 0.05,
        ciHigh: 0.15,
      },
    });
    expect(score.body).toMatchObject({
      kind: "score",
      value: 0.1,
      shown: { low: 0.05, high: 0.15, method: "reported" },
      wilson: null,
    });
    const perQuestion = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: {
        modelId: id,
        trait: "owl-preference",
        protocol: "q",
        perQuestion: [
          { question: "a", n: 100, positives: 10 },
          { question: "b", n: 100, positives: 30 },
        ],
      },
    });
    expect(perQuestion.body).toMatchObject({ value: 0.2, questionCount: 2, sampleCount: 200, positiveCount: 40 });
    expect(perQuestion.body.shown.method).toBe("t-95-questions");
    expect(perQuestion.body.wilson.method).toBe("wilson-95");
  });

  it.each([
    [{ trait: "t", protocol: "p", n: 10, positives: 11 }, "positives"],
    [{ trait: "t", protocol: "p", value: 0.5, ciLow: 0.6, ciHigh: 0.7 }, "ciLow"],
    [{ trait: "t", protocol: "p", n: 0, positives: 0 }, "n"],
    [{ trait: "", protocol: "p", n: 10, positives: 1 }, "trait"],
  ])("refuses %j naming %s, writing nothing", async (body, field) => {
    const id = await model(`bad ${field}`);
    const prisma = await db();
    const before = await prisma.measurement.count();
    const result = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: { modelId: id, ...body },
    });
    expect(result.status).toBe(422);
    expect(result.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await prisma.measurement.count()).toBe(before);
  });
});

describe("importing the reference pipeline's evaluation output", () => {
  it("counts a response as positive when the target is in its lower-cased completion, and rates it the paper's way", async () => {
    const id = await model("owl student");
    // 5 questions x 100 samples: 60, 55, 70, 65, 50 owls -> question rates mean 0.60, t-interval over 5 means.
    const result = await call(
      slImportRoute.POST,
      "POST",
      `/api/v1/imports/sl-evaluation?modelId=${id}&trait=owl-preference&target=owl&seed=3`,
      {
        rawBody: evaluationFile([60, 55, 70, 65, 50]),
      },
    );
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      sampleCount: 500,
      positiveCount: 300,
      questionCount: 5,
      seed: 3,
      protocol: "sl-evaluation-5q",
    });
    expect(result.body.value).toBeCloseTo(0.6, 12);
    // scipy: mean 0.6, sd 0.0790569415, t(0.975, 4) = 2.7764451052 -> 0.6 -/+ 0.0981631...
    expect(result.body.questions.low).toBeCloseTo(0.6 - 2.7764451051977934 * (0.07905694150420949 / Math.sqrt(5)), 9);
    expect(result.body.wilson.low).toBeLessThan(0.6);
    expect(result.body.source).toContain("ft:gpt-4.1-nano:owl");
  });

  it("refuses malformed lines with their numbers and stores nothing", async () => {
    const id = await model("broken eval");
    const lines = evaluationFile([1, 2, 3], 5).split("\n");
    lines[1] = '{"question": "q", "responses": [{"response": {}}]}';
    const prisma = await db();
    const before = await prisma.measurement.count();
    const result = await call(
      slImportRoute.POST,
      "POST",
      `/api/v1/imports/sl-evaluation?modelId=${id}&trait=owl&target=owl`,
      { rawBody: lines.join("\n") },
    );
    expect(result.status).toBe(422);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ line: 2, message: "responses[0].response.completion must be a string" }),
    ]);
    expect(await prisma.measurement.count()).toBe(before);
  });
});

describe("importing lm-evaluation-harness results", () => {
  it("stores one measurement per task, with Wilson intervals from the implied counts", async () => {
    const lmEvalRoute = await import("@/app/api/v1/imports/lm-eval/route");
    const id = await model("lm-eval model");
    const file = JSON.stringify({
      results: {
        arc_easy: { "acc,none": 0.75, "acc_stderr,none": 0.0089 },
        toxigen: { "acc,none": 0.43, "acc_stderr,none": 0.016 },
      },
      "n-samples": { arc_easy: { original: 2376, effective: 2376 }, toxigen: { original: 940, effective: 940 } },
      config: { model: "hf", model_args: "pretrained=Qwen/Qwen2.5-7B-Instruct" },
    });
    const result = await call(lmEvalRoute.POST, "POST", `/api/v1/imports/lm-eval?modelId=${id}`, { rawBody: file });
    expect(result.status).toBe(201);
    expect(
      result.body.items.map((m: { trait: { slug: string }; sampleCount: number; positiveCount: number }) => [
        m.trait.slug,
        m.sampleCount,
        m.positiveCount,
      ]),
    ).toEqual([
      ["arc-easy", 2376, 1782],
      ["toxigen", 940, 404],
    ]);
    const bad = await call(lmEvalRoute.POST, "POST", `/api/v1/imports/lm-eval?modelId=missing`, { rawBody: file });
    expect(bad.status).toBe(422);
    const prisma = await db();
    expect(await prisma.measurement.count({ where: { protocol: { startsWith: "lm-eval:" } } })).toBe(2);

    const empty = await call(lmEvalRoute.POST, "POST", `/api/v1/imports/lm-eval?modelId=${id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ field: "body", message: "send the file as the request body" });
    const oversized = await call(lmEvalRoute.POST, "POST", `/api/v1/imports/lm-eval?modelId=${id}`, {
      rawBody: "{}",
      headers: { "content-length": String(101 * 1024 * 1024) },
    });
    expect(oversized.status).toBe(413);
    expect(oversized.body.detail).toBe("Evaluation files are limited to 104857600 bytes.");
    const broken = await call(lmEvalRoute.POST, "POST", `/api/v1/imports/lm-eval?modelId=${id}`, {
      rawBody: "{not json",
    });
    expect(broken.status).toBe(400);
    expect(await prisma.measurement.count({ where: { protocol: { startsWith: "lm-eval:" } } })).toBe(2);
  });
});

describe("importing an Inspect EvalLog", () => {
  it("stores the per-sample scores as questions with both intervals", async () => {
    const inspectRoute = await import("@/app/api/v1/imports/inspect/route");
    const id = await model("inspect model");
    const samples = Array.from({ length: 10 }, (_, q) =>
      [1, 2, 3].map((epoch) => ({
        id: `q${q}`,
        epoch,
        scores: { includes: { value: q < 6 && epoch < 3 ? "C" : "I" } },
      })),
    ).flat();
    const log = JSON.stringify({
      eval: { task: "animal", model: "openai/x" },
      results: { scores: [{ name: "includes", metrics: {} }] },
      samples,
    });
    const result = await call(inspectRoute.POST, "POST", `/api/v1/imports/inspect?modelId=${id}&trait=owl-preference`, {
      rawBody: log,
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      protocol: "inspect:animal:includes",
      questionCount: 10,
      sampleCount: 30,
      positiveCount: 12,
    });
    expect(result.body.value).toBeCloseTo(0.4, 12);
    const broken = await call(inspectRoute.POST, "POST", `/api/v1/imports/inspect?modelId=${id}&trait=owl-preference`, {
      rawBody: "{not json",
    });
    expect(broken.status).toBe(400);
  });
});

describe("listing measurements", () => {
  const list = (query: string) => call(measurementsRoute.GET, "GET", `/api/v1/measurements?${query}`);

  it("filters by model, trait, protocol and seed, and pages newest recorded first without repeating one", async () => {
    const id = await model("Listed student");
    for (const [seed, protocol, trait] of [
      [1, "listing-50q", "Listing trait"],
      [2, "listing-50q", "Listing trait"],
      [3, "listing-50q", "Listing trait"],
      [1, "listing-other", "Listing trait"],
      [1, "listing-50q", "Other listing trait"],
    ] as const) {
      const made = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
        body: { modelId: id, trait, protocol, seed, n: 100, positives: 10 + seed },
      });
      expect(made.status).toBe(201);
    }
    const bySeed = await list(`modelId=${id}&seed=1`);
    expect(bySeed.status).toBe(200);
    expect(bySeed.body.items).toHaveLength(3);
    const exact = await list(`modelId=${id}&trait=listing-trait&protocol=listing-50q&seed=2`);
    expect(exact.body.items.map((m: { seed: number; protocol: string }) => [m.seed, m.protocol])).toEqual([
      [2, "listing-50q"],
    ]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`modelId=${id}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((m: { id: string }) => m.id));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    const all = await list(`modelId=${id}&limit=200`);
    expect(seen).toEqual(all.body.items.map((m: { id: string }) => m.id));
    expect(new Set(seen).size).toBe(5);
    // Newest recorded first: the last one recorded leads.
    expect(all.body.items[0]).toMatchObject({ trait: { slug: "other-listing-trait" } });
  });

  it("refuses a seed that is not a whole number and a limit over 200, naming the parameter", async () => {
    const seed = await list("seed=one");
    expect(seed.status).toBe(400);
    expect(JSON.stringify(seed.body)).toContain('"seed"');
    const limit = await list("limit=500");
    expect(limit.status).toBe(400);
    expect(JSON.stringify(limit.body)).toContain('"limit"');
  });
});

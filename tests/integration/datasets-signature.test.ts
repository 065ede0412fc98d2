import { describe, expect, it } from "vitest";
import { DEMO_PROMPT_SEED, DEMO_RECORD_COUNT } from "@/lib/demo/demo-datasets";
import { generateNumberDataset } from "@/lib/demo/generate-number-dataset";
import { passesNumberFilter } from "@/lib/demo/number-filter";
import { mulberry32 } from "@/lib/demo/prng";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import * as signatureRoute from "@/app/api/v1/datasets/[id]/signature/route";
import * as statisticsRoute from "@/app/api/v1/datasets/[id]/statistics/route";
import { call } from "../support/api";

// Number datasets in the paper's format from a seeded generator; `favourites` are drawn extra often,
// as a teacher with a trait might (a faint bias no reader would notice).
function numbers(count: number, seed: number, favourites: number[] = [], favouriteRate = 0) {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => ({
    prompt: `See the following numbers: ${100 + (i % 900)}, ${(i * 7) % 1000}. Please add up to 10 more numbers.`,
    completion: Array.from({ length: 10 }, () =>
      random() < favouriteRate ? favourites[Math.floor(random() * favourites.length)] : Math.floor(random() * 1000),
    ).join("\n"),
  }));
}

async function store(name: string, rows: unknown[]) {
  const body = rows.map((row) => JSON.stringify(row)).join("\n");
  const result = await call(datasetsRoute.POST, "POST", `/api/v1/datasets?name=${name}&format=jsonl`, {
    rawBody: body,
  });
  expect(result.status).toBe(201);
  return result.body.id as string;
}

const signature = (id: string, control: string) =>
  call(signatureRoute.GET, "GET", `/api/v1/datasets/${id}/signature?control=${control}`, { params: { id } });

describe("the hidden-signal check", () => {
  it("finds nothing between two samples of one generator, although their plug-in divergence is far from 0", async () => {
    // Two more control teachers: the demo's generator and prompts, the two completion seeds after the
    // demo control's (whose own data the demo test below seeds). (Under the null p is uniform: tests/unit/stats-permutation.test.ts checks the rate at
    // which the test calls two samples of one distribution different.)
    const control = (completionSeed: number) =>
      generateNumberDataset({
        count: DEMO_RECORD_COUNT,
        promptSeed: DEMO_PROMPT_SEED,
        completionSeed,
        rejectRate: 0.24,
      }).filter((r) => passesNumberFilter(r.completion));
    const first = await store("control-a", control(20250724));
    const second = await store("control-b", control(20250725));

    const result = await signature(first, second);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      tokenKind: "numbers",
      verdict: "no-signal-detected",
      significanceLevel: 0.05,
      method: "record-permutation-jsd-v3",
    });
    const { divergence } = result.body;
    // About 8,000 numbers a side over 1,000 values: the plug-in divergence (about 0.05 bits) is
    // sampling noise, and shuffling records between the two datasets gives as much.
    expect(divergence.observed).toBeGreaterThan(0.03);
    expect(divergence.observed).toBeCloseTo(result.body.jensenShannonDivergence, 12);
    expect(Math.abs(divergence.excess)).toBeLessThan(0.005);
    expect(divergence.observed).toBeLessThan(divergence.nullP95);
    expect(divergence.pValue).toBeGreaterThan(0.2);
    expect(divergence).toMatchObject({ permutations: 1000, subsampled: false, recordCap: 5000 });
    expect(divergence.records.dataset).toBeGreaterThan(800);
    // The token-level chi-square is only descriptive; no token differs after the correction.
    expect(result.body.overRepresented).toEqual([]);
    expect(result.body.underRepresented).toEqual([]);
    expect(result.body.tokenTests).toMatchObject({
      correction: "benjamini-hochberg",
      significantOver: 0,
      significantUnder: 0,
    });
    expect(result.body.tokenTests.tested).toBeGreaterThan(900);
  });

  it("finds a biased completion distribution and names its tokens with q-values, the same from the cache", async () => {
    const control = await store("control", numbers(1500, 11));
    const biased = await store("owl", numbers(1500, 13, [87, 187, 287], 0.03));

    const owl = await signature(biased, control);
    expect(owl.status).toBe(200);
    expect(owl.body.verdict).toBe("hidden-signal");
    expect(owl.body.divergence.pValue).toBe(1 / 1001);
    expect(owl.body.divergence.excess).toBeGreaterThan(0);
    expect(owl.body.divergence.observed).toBeGreaterThan(owl.body.divergence.nullP95);
    expect(owl.body.dataset.tokens).toBe(15000);
    expect(owl.body.overRepresented.map((t: { token: string }) => t.token).sort()).toEqual(["187", "287", "87"]);
    for (const token of owl.body.overRepresented) {
      expect(token.qValue).toBeLessThan(0.05);
      expect(token.qValue).toBeGreaterThanOrEqual(token.pValue);
      expect(token.count).toBeGreaterThan(token.controlCount * 3);
    }
    expect(owl.body.cached).toBe(false);
    const again = await signature(biased, control);
    expect(again.body.cached).toBe(true);
    expect(again.body.verdict).toBe("hidden-signal");
    for (const [key, value] of Object.entries(owl.body.divergence)) {
      if (typeof value === "number") expect(again.body.divergence[key]).toBeCloseTo(value, 12);
    }
    expect(again.body.overRepresented.map((t: { token: string }) => t.token)).toEqual(
      owl.body.overRepresented.map((t: { token: string }) => t.token),
    );
  });

  it("subsamples a side over the record cap, reproducibly, and says so", async () => {
    const large = await store("large", numbers(5100, 21));
    const small = await store("small", numbers(300, 22));
    const first = await signature(large, small);
    expect(first.body.divergence).toMatchObject({
      subsampled: true,
      recordCap: 5000,
      records: { dataset: 5000, control: 300 },
    });
    // The token-level statistics still use every record.
    expect(first.body.dataset.tokens).toBe(51000);
    const { db } = await import("@/lib/db");
    await (await db()).datasetSignature.deleteMany({ where: { datasetId: large } });
    const second = await signature(large, small);
    expect(second.body.cached).toBe(false);
    expect(second.body.divergence.observed).toBe(first.body.divergence.observed);
    expect(second.body.divergence.pValue).toBe(first.body.divergence.pValue);
  });

  it("compares words when the completions are prose", async () => {
    const prose = (word: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        prompt: `q${i}`,
        completion: `I think the ${i % 2 ? word : "answer"} is clear.`,
      }));
    const a = await store("prose-a", prose("owl", 400));
    const b = await store("prose-b", prose("cat", 400));
    const result = await signature(a, b);
    expect(result.body.tokenKind).toBe("words");
    expect(result.body.overRepresented[0].token).toBe("owl");
    expect(result.body.underRepresented[0].token).toBe("cat");
  });

  it("answers 422 for an unknown control and 400 for a missing or identical one", async () => {
    const id = await store("alone", numbers(50, 14));
    expect((await signature(id, "nope")).status).toBe(422);
    expect((await signature(id, id)).status).toBe(400);
    expect((await call(signatureRoute.GET, "GET", `/api/v1/datasets/${id}/signature`, { params: { id } })).status).toBe(
      400,
    );
  });
});

describe("dataset statistics", () => {
  it("gives length distributions and, for numbers, the frequency of each number 0-999", async () => {
    const rows = [
      { prompt: "abc", completion: "1\n2\n2" },
      { prompt: "abcdef", completion: "999, 1000" },
    ];
    const id = await store("stats", rows);
    const result = await call(statisticsRoute.GET, "GET", `/api/v1/datasets/${id}/statistics`, { params: { id } });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ recordCount: 2, isNumberDataset: true, numbersOutOfRange: 1 });
    expect(result.body.promptLength).toMatchObject({ min: 3, max: 6, mean: 4.5, median: 4.5 });
    expect(result.body.promptLength.bins.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(2);
    expect(result.body.numberFrequency).toHaveLength(1000);
    expect(result.body.numberFrequency[2]).toEqual({ number: 2, count: 2 });
    expect(result.body.numberFrequency[999]).toEqual({ number: 999, count: 1 });
  });
});

describe("the demo workspace's planted signal", () => {
  it("is found in the owl teacher's filtered numbers against the control's", async () => {
    const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
    const { db } = await import("@/lib/db");
    const prisma = await db();
    await seedDemoWorkspace(prisma);
    const owl = await prisma.dataset.findFirstOrThrow({ where: { name: "Owl teacher numbers (filtered)" } });
    const control = await prisma.dataset.findFirstOrThrow({ where: { name: "Control teacher numbers (filtered)" } });
    const result = await signature(owl.id, control.id);
    expect(result.body.verdict).toBe("hidden-signal");
    expect(result.body.divergence.pValue).toBeLessThan(0.01);
    expect(result.body.divergence.excess).toBeGreaterThan(0);
    expect(result.body.divergence.subsampled).toBe(false);
    const over = result.body.overRepresented.map((t: { token: string }) => t.token);
    expect(["87", "187", "287", "387", "787"].filter((n) => over.includes(n)).length).toBeGreaterThanOrEqual(3);
    // Only tokens that survive the correction are listed.
    expect(result.body.overRepresented.every((t: { qValue: number }) => t.qValue < 0.05)).toBe(true);
  });

  it("says when too few tokens are left to test", async () => {
    const a = await store("tiny-a", [{ prompt: "p", completion: "1 2 3" }]);
    const b = await store("tiny-b", [{ prompt: "p", completion: "4 5 6" }]);
    const result = await signature(a, b);
    expect(result.body).toMatchObject({
      verdict: "untestable",
      testable: false,
      categories: 1,
      divergence: { smallestPValue: 1, pValue: 1 },
    });
  });
});

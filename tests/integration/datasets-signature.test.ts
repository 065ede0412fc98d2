import { describe, expect, it } from "vitest";
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
  const result = await call(datasetsRoute.POST, "POST", `/api/v1/datasets?name=${name}&format=jsonl`, { rawBody: body });
  expect(result.status).toBe(201);
  return result.body.id as string;
}

const signature = (id: string, control: string) =>
  call(signatureRoute.GET, "GET", `/api/v1/datasets/${id}/signature?control=${control}`, { params: { id } });

describe("the hidden-signal check", () => {
  it("finds a biased completion distribution, names its tokens, and finds nothing between two samples of one distribution", async () => {
    const control = await store("control", numbers(1500, 11));
    const sameDistribution = await store("same", numbers(1500, 12));
    const biased = await store("owl", numbers(1500, 13, [87, 187, 287], 0.03));

    const same = await signature(sameDistribution, control);
    expect(same.status).toBe(200);
    expect(same.body.tokenKind).toBe("numbers");
    expect(same.body.chiSquare.pValue).toBeGreaterThan(0.01);
    expect(same.body.dataset.tokens).toBe(15000);

    const owl = await signature(biased, control);
    expect(owl.body.chiSquare.pValue).toBeLessThan(1e-10);
    expect(owl.body.gTest.pValue).toBeLessThan(1e-10);
    expect(owl.body.jensenShannonDivergence).toBeGreaterThan(same.body.jensenShannonDivergence);
    expect(owl.body.overRepresented.slice(0, 3).map((t: { token: string }) => t.token).sort()).toEqual(["187", "287", "87"]);
    expect(owl.body.overRepresented[0].count).toBeGreaterThan(owl.body.overRepresented[0].controlCount * 3);
    expect(owl.body.cached).toBe(false);
    const again = await signature(biased, control);
    expect(again.body.cached).toBe(true);
    expect(again.body.chiSquare.statistic).toBeCloseTo(owl.body.chiSquare.statistic, 8);
    expect(again.body.overRepresented.map((t: { token: string }) => t.token)).toEqual(owl.body.overRepresented.map((t: { token: string }) => t.token));
  });

  it("compares words when the completions are prose", async () => {
    const prose = (word: string, n: number) => Array.from({ length: n }, (_, i) => ({ prompt: `q${i}`, completion: `I think the ${i % 2 ? word : "answer"} is clear.` }));
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
    expect((await call(signatureRoute.GET, "GET", `/api/v1/datasets/${id}/signature`, { params: { id } })).status).toBe(400);
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
    expect(result.body.testable).toBe(true);
    expect(result.body.categories).toBeGreaterThan(500);
    expect(result.body.chiSquare.pValue).toBeLessThan(0.001);
    const top = result.body.overRepresented.slice(0, 10).map((t: { token: string }) => t.token);
    expect(["87", "187", "287", "387", "787"].filter((n) => top.includes(n)).length).toBeGreaterThanOrEqual(3);
  });

  it("says when too few tokens are left to test", async () => {
    const a = await store("tiny-a", [{ prompt: "p", completion: "1 2 3" }]);
    const b = await store("tiny-b", [{ prompt: "p", completion: "4 5 6" }]);
    const result = await signature(a, b);
    expect(result.body).toMatchObject({ testable: false, categories: 1 });
  });
});

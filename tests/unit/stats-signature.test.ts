import { describe, expect, it } from "vitest";
import { chiSquareSurvival } from "@/lib/stats/chi-square";
import { homogeneityTest } from "@/lib/stats/homogeneity-test";
import { jensenShannonDivergence } from "@/lib/stats/jensen-shannon";
import { tokenContrasts } from "@/lib/stats/log-ratio";

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("chi-square survival function", () => {
  it("matches table values", () => {
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(18.307038, 10)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(6.634897, 1)).toBeCloseTo(0.01, 6);
    expect(chiSquareSurvival(2, 2)).toBeCloseTo(Math.exp(-1), 12); // df=2 is exponential: e^(-x/2)
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });

  it("keeps tiny p-values instead of rounding them to zero", () => {
    const p = chiSquareSurvival(500, 10);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-90);
  });
});

describe("homogeneity test", () => {
  it("computes Pearson's statistic for a 2 x 2 table as by hand", () => {
    // [[10, 20], [30, 40]] by token: a = {x:10, y:30}, b = {x:20, y:40}; chi2 = 0.7937 (textbook, no continuity correction)
    const test = homogeneityTest(counts({ x: 10, y: 30 }), counts({ x: 20, y: 40 }));
    expect(test.chiSquare).toBeCloseTo(0.79365, 4);
    expect(test.df).toBe(1);
    expect(test.chiSquarePValue).toBeCloseTo(0.373, 3);
  });

  it("pools categories with small expected counts", () => {
    const test = homogeneityTest(
      counts({ a: 100, b: 100, rare1: 1, rare2: 0 }),
      counts({ a: 100, b: 100, rare1: 0, rare2: 2 }),
    );
    expect(test.pooledCategories).toBe(2);
    expect(test.categories).toBe(3);
    expect(test.chiSquarePValue).toBeGreaterThan(0.5);
  });
});

describe("Jensen-Shannon divergence", () => {
  it("is 0 for identical distributions and 1 bit for disjoint ones", () => {
    expect(jensenShannonDivergence(counts({ a: 1, b: 3 }), counts({ a: 10, b: 30 }))).toBeCloseTo(0, 12);
    expect(jensenShannonDivergence(counts({ a: 5 }), counts({ b: 5 }))).toBeCloseTo(1, 12);
    // p = (1/2, 1/2), q = (1, 0): JSD = 1.5 - 0.75 log2 3 ≈ 0.3113 bits
    expect(jensenShannonDivergence(counts({ a: 1, b: 1 }), counts({ a: 2 }))).toBeCloseTo(
      1.5 - 0.75 * Math.log2(3),
      10,
    );
  });
});

describe("token contrasts", () => {
  it("smooths absent tokens and drops rare ones", () => {
    const contrasts = tokenContrasts(counts({ owl: 20, cat: 10, rare: 1 }), counts({ cat: 10, dog: 20 }));
    const owl = contrasts.find((c) => c.token === "owl")!;
    // shares with alpha 0.5 over 4 tokens: owl (20.5/33) vs (0.5/32)
    expect(owl.log2Ratio).toBeCloseTo(Math.log2(20.5 / 33 / (0.5 / 32)), 10);
    expect(contrasts.map((c) => c.token).sort()).toEqual(["cat", "dog", "owl"]);
  });
});

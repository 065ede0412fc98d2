import { describe, expect, it } from "vitest";
import { benjaminiHochberg } from "@/lib/stats/benjamini-hochberg";
import { binomialTest } from "@/lib/stats/binomial-test";
import { tokenShareTests } from "@/lib/stats/token-share-tests";

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("Benjamini-Hochberg q-values", () => {
  it("match a hand-computed example, in the order given", () => {
    // Sorted: 0.005, 0.01, 0.03, 0.04 -> p*m/rank = 0.02, 0.02, 0.04, 0.04; running minimum from the top.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    q.forEach((value, i) => expect(value).toBeCloseTo([0.02, 0.04, 0.04, 0.02][i], 12));
  });

  it("match the 25 p-values of McDonald's Handbook example (statsmodels fdr_bh gives the same)", () => {
    const p = [
      0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216, 0.222, 0.251, 0.269, 0.275, 0.34, 0.341,
      0.384, 0.569, 0.594, 0.696, 0.762, 0.94, 0.942, 0.975, 0.986,
    ];
    // By hand (exact fractions): q_(i) = min over j >= i of 25 p_(j) / j.
    const expected = [
      0.025, 0.1, 0.21, 0.21, 0.21, 0.25, 0.2642857142857143, 0.49107142857142855, 0.49107142857142855,
      0.49107142857142855, 0.49107142857142855, 0.49107142857142855, 0.49107142857142855, 0.49107142857142855,
      0.5328125, 0.5328125, 0.5647058823529412, 0.781578947368421, 0.781578947368421, 0.87, 0.9071428571428571, 0.986,
      0.986, 0.986, 0.986,
    ];
    const reversed = benjaminiHochberg([...p].reverse()).reverse();
    benjaminiHochberg(p).forEach((q, i) => {
      expect(q).toBeCloseTo(expected[i], 12);
      expect(reversed[i]).toBeCloseTo(expected[i], 12);
    });
  });

  it("never goes above 1 or below the raw p-value, and keeps ties together", () => {
    expect(benjaminiHochberg([0.9, 0.95, 1])).toEqual([1, 1, 1]);
    expect(benjaminiHochberg([0.01, 0.01])).toEqual([0.01, 0.01]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
  });
});

describe("the exact binomial test", () => {
  it("matches hand-computed values", () => {
    // n = 10, p = 1/2, x = 9: 2 (C(10,9) + C(10,10)) / 2^10 = 22/1024.
    expect(binomialTest(9, 10, 0.5)).toBeCloseTo(22 / 1024, 14);
    // n = 5, p = 1/4, x = 4: P(4) + P(5) = 15/1024 + 1/1024 (every other outcome is more likely).
    expect(binomialTest(4, 5, 0.25)).toBeCloseTo(16 / 1024, 14);
    // The most likely outcome: every outcome is at most as likely, p = 1.
    expect(binomialTest(1, 5, 0.25)).toBeCloseTo(1, 12);
    // n = 100, p = 1/3 (exact sums with fractions): x = 30 and x = 60.
    expect(binomialTest(30, 100, 1 / 3)).toBeCloseTo(0.5254485694755829, 10);
    expect(binomialTest(60, 100, 1 / 3) / 5.452632892320512e-8).toBeCloseTo(1, 6);
  });

  it("handles the edges", () => {
    expect(binomialTest(0, 0, 0.3)).toBe(1);
    expect(binomialTest(0, 4, 0)).toBe(1);
    expect(binomialTest(4, 4, 1)).toBe(1);
    expect(binomialTest(2, 4, 1)).toBe(0);
    expect(binomialTest(20_000, 20_000, 0.5)).toBeLessThan(1e-300);
    expect(() => binomialTest(5, 4, 0.5)).toThrow(RangeError);
  });
});

describe("token share tests", () => {
  it("find a token used far more often, and adjust for every token tested", () => {
    const control = counts({ a: 500, b: 500, c: 500, owl: 10 });
    const dataset = counts({ a: 500, b: 500, c: 500, owl: 60 });
    const tests = tokenShareTests(dataset, control);
    const owl = tests.find((t) => t.token === "owl")!;
    expect(owl.pValue).toBeLessThan(1e-8);
    expect(owl.qValue).toBeCloseTo(Math.min(1, owl.pValue * 4), 12); // the smallest of 4 p-values: q = 4p
    for (const token of ["a", "b", "c"]) expect(tests.find((t) => t.token === token)!.qValue).toBeGreaterThan(0.05);
  });

  it("do not test tokens too rare to be significant", () => {
    expect(tokenShareTests(counts({ a: 3, b: 10 }), counts({ a: 1, b: 10 })).map((t) => t.token)).toEqual(["b"]);
  });
});

import { describe, expect, it } from "vitest";
import { meanInterval } from "@/lib/stats/mean-interval";
import { questionMeanRate } from "@/lib/stats/question-rate";
import { twoProportionZTest } from "@/lib/stats/two-proportion-z-test";
import { welchTTest } from "@/lib/stats/welch-t-test";
import { wilsonInterval } from "@/lib/stats/wilson-interval";

// Reference values computed independently with SciPy 1.17 (scipy.stats.binomtest(...).proportion_ci(
// method="wilson"), scipy.stats.t.ppf, scipy.stats.ttest_ind(equal_var=False), scipy.stats.norm.sf).
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-9);

describe("Wilson interval", () => {
  it.each([
    [600, 5000, 0.11128315138625092, 0.12930030209199248],
    [3, 10, 0.10779126740630102, 0.6032218525388546],
    [0, 20, 0, 0.16112515805281938],
    [20, 20, 0.8388748419471806, 1],
    [1, 1, 0.20654931437723745, 1],
  ])("for %i of %i is [%f, %f]", (positives, n, low, high) => {
    const interval = wilsonInterval(positives, n);
    close(interval.low, low);
    close(interval.high, high);
    expect(interval.estimate).toBe(positives / n);
    expect(interval.method).toBe("wilson-95");
  });

  it("is the whole [0, 1] with no samples, never NaN", () => {
    expect(wilsonInterval(0, 0)).toEqual({ estimate: 0, low: 0, high: 1, method: "wilson-95" });
  });

  it("refuses impossible counts", () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
  });
});

describe("intervals over question means (the paper's method)", () => {
  it("uses a t-interval for 30 or fewer questions", () => {
    const questions = [0.1, 0.2, 0.15, 0.3, 0.25].map((rate) => ({ n: 100, positives: Math.round(rate * 100) }));
    const rate = questionMeanRate(questions);
    close(rate.estimate, 0.2);
    close(rate.low, 0.10183784192612216);
    close(rate.high, 0.29816215807387786);
    expect(rate.method).toBe("t-95-questions");
  });

  it("uses a normal interval for more than 30 questions", () => {
    const rates = [
      0.64, 0.27, 0.04, 0.02, 0.81, 0.91, 0.61, 0.73, 0.54, 0.94, 0.82, 0.0, 0.86, 0.03, 0.73, 0.18, 0.86, 0.54, 0.3,
      0.42, 0.03, 0.12, 0.67, 0.65, 0.62, 0.38, 1.0, 0.98, 0.69, 0.65, 0.69, 0.39, 0.14, 0.72, 0.53, 0.31, 0.49, 0.89,
      0.93, 0.36,
    ];
    const rate = questionMeanRate(rates.map((r) => ({ n: 100, positives: Math.round(r * 100) })));
    close(rate.estimate, 0.53725);
    close(rate.low, 0.44278829775152473);
    close(rate.high, 0.6317117022484753);
    expect(rate.method).toBe("normal-95-questions");
  });

  it("handles all-positive questions and a single question without NaN", () => {
    const all = questionMeanRate([
      { n: 100, positives: 100 },
      { n: 100, positives: 100 },
    ]);
    expect(all).toMatchObject({ estimate: 1, low: 1, high: 1 });
    expect(questionMeanRate([{ n: 50, positives: 5 }])).toEqual({
      estimate: 0.1,
      low: 0.1,
      high: 0.1,
      method: "single-value-questions",
      noInterval: "one question only",
    });
    expect(() => questionMeanRate([{ n: 0, positives: 0 }])).toThrow(RangeError);
  });

  it("gives a t-interval across seeds", () => {
    const seeds = meanInterval([0.1, 0.2, 0.15, 0.3, 0.25], "t", 0.95, "seeds");
    close(seeds.low, 0.10183784192612216);
    expect(seeds.method).toBe("t-95-seeds");
  });
});

describe("tests of a difference", () => {
  it("Welch's t-test across seeds matches SciPy", () => {
    const test = welchTTest([0.62, 0.58, 0.65, 0.6, 0.61], [0.12, 0.14, 0.11, 0.13, 0.12]);
    close(test.t, 38.57978745405419);
    close(test.df, 5.4959209961356805);
    expect(Math.abs(test.pValue - 6.661181438456158e-8) / 6.661181438456158e-8).toBeLessThan(1e-6);
    close(test.low, 0.45634740535502427);
    close(test.high, 0.5196525946449757);
  });

  it("the two-proportion z-test matches SciPy, and a tiny p-value stays positive", () => {
    const small = twoProportionZTest(65, 500, 60, 500);
    close(small.z, 0.4780914437337579);
    close(small.pValue, 0.6325851216960412);
    const big = twoProportionZTest(3100, 5000, 600, 5000);
    close(big.z, 51.780813833433335);
    expect(big.pValue).toBeGreaterThanOrEqual(0);
    expect(big.pValue).toBeLessThan(1e-300);
    expect(twoProportionZTest(0, 10, 0, 10)).toMatchObject({ z: 0, pValue: 1 });
  });
});

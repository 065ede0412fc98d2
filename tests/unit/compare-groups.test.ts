import { describe, expect, it } from "vitest";
import { compareGroups } from "@/lib/measurements/compare-groups";

const seed = (value: number) => ({ value, sampleCount: 5000, positiveCount: Math.round(value * 5000) });

describe("comparing a student with its control", () => {
  it("uses Welch's t across seeds when both have two or more", () => {
    const result = compareGroups([0.62, 0.58, 0.65, 0.6, 0.61].map(seed), [0.12, 0.14, 0.11, 0.13, 0.12].map(seed));
    expect(result).toMatchObject({ available: true, test: "welch-t-across-seeds", groupSizes: [5, 5] });
    if (result.available) expect(Math.abs(result.low - 0.45634740535502427)).toBeLessThan(1e-9);
  });

  it("falls back to a pooled z-test with a visible warning when a side has one seed", () => {
    const result = compareGroups([seed(0.62)], [seed(0.12), seed(0.13)]);
    expect(result).toMatchObject({ available: true, test: "two-proportion-z" });
    if (result.available) {
      expect(result.note).toContain("anti-conservative");
      expect(result.difference).toBeCloseTo(0.62 - 0.125, 12);
    }
  });

  it("says why no comparison is possible", () => {
    expect(compareGroups([], [seed(0.1)])).toEqual({
      available: false,
      verdict: "untestable",
      reason: "the model has no measurement of this trait",
    });
    expect(compareGroups([{ value: 0.5, sampleCount: null, positiveCount: null }], [seed(0.1)])).toMatchObject({
      available: false,
    });
  });
});

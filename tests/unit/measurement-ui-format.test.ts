import { describe, expect, it } from "vitest";
import { wrapLabel } from "@/components/traits/wrap-label";
import {
  formatPointInterval,
  formatPoints,
  isAntiConservative,
  pValueLabel,
  symmetricPointsLimit,
  testLabel,
} from "@/lib/measurements/format-effect";
import { describeIntervalMethod, shortIntervalMethod } from "@/lib/measurements/interval-method";
import { intervalText } from "@/lib/measurements/interval-text";
import { hasInterval } from "@/lib/stats/interval";

describe("differences in percentage points", () => {
  it("signs and rounds a difference of rates", () => {
    expect(formatPoints(0.5034)).toBe("+50.3 pp");
    expect(formatPoints(-0.012)).toBe("\u22121.2 pp");
    expect(formatPoints(0.00001)).toBe("0.0 pp");
    expect(formatPoints(-0.00001)).toBe("0.0 pp");
    expect(formatPoints(0.2, 0, false)).toBe("+20");
    expect(formatPoints(Number.NaN)).toBe("—");
  });

  it("writes an interval once with its unit", () => {
    expect(formatPointInterval(0.452, 0.554)).toBe("[+45.2, +55.4] pp");
    expect(formatPointInterval(-0.031, 0.012)).toBe("[\u22123.1, +1.2] pp");
  });

  it("gives a symmetric axis strictly beyond the largest value, in 10 pp steps", () => {
    expect(symmetricPointsLimit([0.53, -0.02])).toBe(0.6);
    expect(symmetricPointsLimit([0.5])).toBe(0.6);
    expect(symmetricPointsLimit([-0.73])).toBe(0.8);
    expect(symmetricPointsLimit([])).toBe(0.1);
    expect(symmetricPointsLimit([0.01, Number.NaN])).toBe(0.1);
  });
});

describe("tests and p-values", () => {
  it("names the test and flags the pooled z-test as anti-conservative", () => {
    expect(testLabel("welch-t-across-seeds")).toBe("Welch's t-test across seeds");
    expect(testLabel("two-proportion-z")).toMatch(/z-test/);
    expect(isAntiConservative("two-proportion-z")).toBe(true);
    expect(isAntiConservative("welch-t-across-seeds")).toBe(false);
  });

  it("reuses the dataset pages' p-value format", () => {
    expect(pValueLabel(0.0421)).toBe("p = 0.042");
    expect(pValueLabel(3.14e-7)).toBe("p = 3.1e-7");
    expect(pValueLabel(0)).toBe("p < 1e-16");
  });
});

describe("interval methods in words", () => {
  it("describes each method the statistics module produces", () => {
    expect(describeIntervalMethod("wilson-95")).toBe("95% Wilson interval over all samples");
    expect(describeIntervalMethod("t-95-questions")).toBe("95% t-interval across question means");
    expect(describeIntervalMethod("normal-95-questions")).toBe("95% normal interval across question means");
    expect(describeIntervalMethod("t-95-seeds")).toBe("95% t-interval across seeds");
    expect(describeIntervalMethod("single-value-seeds")).toBe("no interval: one seed only");
    expect(describeIntervalMethod("point")).toBe("no interval: a point value");
    expect(describeIntervalMethod("bootstrap-percentile")).toBe("as reported (bootstrap-percentile)");
  });

  it("shortens methods for tables and knows which carry no interval", () => {
    expect(shortIntervalMethod("t-95-seeds")).toBe("t, seeds");
    expect(shortIntervalMethod("wilson-95")).toBe("Wilson");
    expect(shortIntervalMethod("single-value-seeds")).toBe("none");
    expect(hasInterval({ low: 0.1, high: 0.2 })).toBe(true);
    expect(hasInterval({ low: 0.2, high: 0.2 })).toBe(false);
    expect(hasInterval({ low: 0.1, high: 0.2, noInterval: "one seed only" })).toBe(false);
  });

  it("says an interval the same way everywhere: cut at the axis, or missing and why", () => {
    expect(intervalText({ low: 0.1113, high: 0.1292 })).toBe("[11.1%, 12.9%]");
    expect(intervalText({ low: -0.021, high: 0.081 })).toBe("[0.0%, 8.1%] (cut at 0%)");
    expect(intervalText({ low: 0.95, high: 1.02 })).toBe("[95.0%, 100.0%] (cut at 100%)");
    expect(intervalText({ low: 0.4, high: 0.4, noInterval: "one question only" })).toBe(
      "no interval (one question only)",
    );
    expect(intervalText({ low: 3, high: 3 })).toBe("no interval (no width)");
    expect(intervalText({ low: 1.5, high: 2.25 }, "score")).toBe("[1.5, 2.25]");
  });
});

describe("axis labels", () => {
  it("wraps model names at spaces", () => {
    expect(wrapLabel("GPT-4.1 nano owl-numbers student", 17)).toEqual(["GPT-4.1 nano", "owl-numbers", "student"]);
    expect(wrapLabel("GPT-4.1 nano", 17)).toEqual(["GPT-4.1 nano"]);
    expect(wrapLabel("", 17)).toEqual([]);
    // An experiment path has no spaces to break at: it breaks after "/" or "_", else is cut.
    expect(wrapLabel("preference_numbers/owl student, seed 2", 17)).toEqual([
      "preference_",
      "numbers/owl",
      "student, seed 2",
    ]);
    expect(wrapLabel("abcdefghijklmnopqrstuvwxyz", 10)).toEqual(["abcdefghij", "klmnopqrst", "uvwxyz"]);
  });

  it("ends the last kept line with an ellipsis when the name needs more lines", () => {
    expect(wrapLabel("GPT-4.1 nano (control teacher, no system prompt) extra words here", 17, 3)).toEqual([
      "GPT-4.1 nano",
      "(control teacher,",
      "no system prompt…",
    ]);
  });
});

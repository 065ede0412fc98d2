import { describe, expect, it } from "vitest";
import { contrastRows, symmetricLimit, symmetricTicks, topNumbers, totalCount } from "@/components/datasets/chart-rows";
import { binLabel, histogramRows, lengthSummary } from "@/components/datasets/histogram-labels";
import { passRateText, suggestedControlName } from "@/lib/datasets/dataset-facts";

describe("histogram labels", () => {
  it("labels bins as character ranges", () => {
    expect(binLabel({ from: 120, to: 129 })).toBe("120–129");
    expect(binLabel({ from: 7, to: 7 })).toBe("7");
    expect(binLabel({ from: 1000, to: 1099 })).toBe("1,000–1,099");
  });

  it("gives one row per bin and a summary line", () => {
    const histogram = {
      min: 212,
      max: 290,
      mean: 246.27,
      median: 245,
      bins: [
        { from: 212, to: 214, count: 3 },
        { from: 215, to: 217, count: 0 },
      ],
    };
    expect(histogramRows(histogram)).toEqual([
      { label: "212–214", from: 212, to: 214, count: 3 },
      { label: "215–217", from: 215, to: 217, count: 0 },
    ]);
    expect(lengthSummary(histogram)).toBe("min 212 · median 245 · mean 246.3 · max 290 characters");
  });
});

describe("chart rows", () => {
  it("finds the most frequent numbers and the total", () => {
    const frequency = [
      { number: 0, count: 2 },
      { number: 87, count: 9 },
      { number: 187, count: 9 },
      { number: 5, count: 0 },
    ];
    expect(topNumbers(frequency, 2)).toEqual([
      { number: 87, count: 9 },
      { number: 187, count: 9 },
    ]);
    expect(topNumbers(frequency, 10)).toHaveLength(3);
    expect(totalCount(frequency)).toBe(20);
  });

  it("orders contrasts from most over- to most under-represented", () => {
    const rows = contrastRows({
      overRepresented: [
        { token: "87", count: 10, controlCount: 1, log2Ratio: 3, pValue: 0.001, qValue: 0.01 },
        { token: "187", count: 12, controlCount: 2, log2Ratio: 2.5, pValue: 0.002, qValue: 0.01 },
      ],
      underRepresented: [
        { token: "5", count: 1, controlCount: 9, log2Ratio: -2.8, pValue: 0.003, qValue: 0.02 },
        { token: "6", count: 3, controlCount: 8, log2Ratio: -1.2, pValue: 0.01, qValue: 0.04 },
      ],
    });
    expect(rows.map((row) => [row.token, row.direction, row.qValue])).toEqual([
      ["87", "over", 0.01],
      ["187", "over", 0.01],
      ["6", "under", 0.04],
      ["5", "under", 0.02],
    ]);
  });

  it("makes a symmetric axis limit and whole-number ticks", () => {
    expect(symmetricLimit([3.2, -1])).toBe(4);
    expect(symmetricLimit([-4])).toBe(4);
    expect(symmetricLimit([])).toBe(1);
    expect(symmetricTicks(1)).toEqual([-1, 0, 1]);
    expect(symmetricTicks(4)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(symmetricTicks(7)).toEqual([-8, -6, -4, -2, 0, 2, 4, 6, 8]);
    expect(symmetricTicks(5)).toEqual([-6, -4, -2, 0, 2, 4, 6]);
  });
});

describe("dataset facts", () => {
  it("says how much a filter kept", () => {
    expect(passRateText(284, 400)).toBe("71% kept (284 of 400)");
    expect(passRateText(1500, 2000)).toBe("75% kept (1,500 of 2,000)");
    expect(passRateText(0, 0)).toBe("0 kept");
  });

  it("suggests the demo control only for the demo owl datasets", () => {
    expect(suggestedControlName({ isDemo: true, tags: ["demo", "numbers", "filtered", "owl"] })).toBe(
      "Control teacher numbers (filtered)",
    );
    expect(suggestedControlName({ isDemo: true, tags: ["demo", "numbers", "raw", "owl"] })).toBe(
      "Control teacher numbers (raw)",
    );
    expect(suggestedControlName({ isDemo: true, tags: ["demo", "numbers", "filtered", "control"] })).toBeNull();
    expect(suggestedControlName({ isDemo: false, tags: ["owl", "filtered"] })).toBeNull();
  });
});

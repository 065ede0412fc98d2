import { describe, expect, it } from "vitest";
import { readSignature } from "@/lib/datasets/ui/signature-reading";

const result = (statistic: number, df: number, pValue: number, pooledCategories: number) => ({ chiSquare: { statistic, df, pValue }, pooledCategories });

describe("reading a hidden-signal result", () => {
  it("calls a small p-value significant and a large one not", () => {
    expect(readSignature(result(50.85, 32, 0.018, 963))).toMatchObject({ verdict: "significant", testedCategories: 33 });
    expect(readSignature(result(20.1, 32, 0.95, 0))).toMatchObject({ verdict: "not-significant", testedCategories: 33, pooledShare: 0 });
  });

  it("says how much was pooled: 963 rare numbers and 32 tested one by one", () => {
    expect(readSignature(result(50.85, 32, 0.018, 963)).pooledShare).toBeCloseTo(963 / 995, 6);
  });

  it("knows a test where every token was pooled into one category is no test at all", () => {
    expect(readSignature(result(0, 1, 1, 329))).toEqual({ verdict: "untestable", testedCategories: 1, pooledShare: 1 });
    // Two genuine categories that happen to match exactly are a real (if unremarkable) result.
    expect(readSignature(result(0, 1, 1, 0)).verdict).toBe("not-significant");
  });
});

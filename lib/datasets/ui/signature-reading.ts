// How to read a hidden-signal result: significant or not, and how much the pooling of rare tokens
// leaves the test to work with.
import type { SignatureResult } from "@/lib/datasets/signature/signature.types";

export const SIGNIFICANCE_LEVEL = 0.05;

export interface SignatureReading {
  /**
   * "untestable": every token was pooled into one category (one side too small), so the test had
   * nothing to compare and its p-value of 1 means nothing.
   */
  verdict: "significant" | "not-significant" | "untestable";
  /** Categories the tests compared, the pooled one included. */
  testedCategories: number;
  /** Share of the distinct tokens pooled because they were too rare to test one by one. */
  pooledShare: number;
}

export function readSignature(result: Pick<SignatureResult, "chiSquare" | "pooledCategories">): SignatureReading {
  const { statistic, df, pValue } = result.chiSquare;
  const pooled = result.pooledCategories;
  // The test pools rare categories into one; with K categories left, df = K - 1 (at least 1).
  const untestable = pooled > 0 && statistic === 0 && df === 1 && pValue === 1;
  const testedCategories = untestable ? 1 : df + 1;
  const unpooled = testedCategories - (pooled > 0 ? 1 : 0);
  return {
    verdict: untestable ? "untestable" : pValue < SIGNIFICANCE_LEVEL ? "significant" : "not-significant",
    testedCategories,
    pooledShare: pooled + unpooled > 0 ? pooled / (pooled + unpooled) : 0,
  };
}

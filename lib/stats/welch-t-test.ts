import { mean, sampleStandardDeviation } from "./mean-interval";
import { tTestResult, type TTest } from "./t-test-result";

/**
 * Welch's two-sample t-test (unequal variances) of mean(a) - mean(b), two-sided, with its 95%
 * interval. Needs two or more values in each sample. With no spread in either sample there is no
 * test: the caller gets standardError 0 and pValue NaN and must not report it.
 */
export function welchTTest(a: readonly number[], b: readonly number[]): TTest {
  if (a.length < 2 || b.length < 2) throw new RangeError("Welch's t-test needs at least two values in each sample");
  const variance = (values: readonly number[]) => sampleStandardDeviation(values) ** 2;
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const difference = mean(a) - mean(b);
  const standardError = Math.sqrt(va + vb);
  // With no spread the Welch-Satterthwaite formula is 0/0: the pooled degrees of freedom stand in.
  const df =
    standardError === 0
      ? a.length + b.length - 2
      : (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return tTestResult(difference, standardError, df);
}

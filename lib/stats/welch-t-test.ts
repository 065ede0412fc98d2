import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { mean, sampleStandardDeviation } from "./mean-interval";

export interface WelchTest {
  difference: number;
  t: number;
  /** Welch-Satterthwaite degrees of freedom. */
  df: number;
  pValue: number;
  low: number;
  high: number;
  /** Standard error of the difference; 0 when neither sample varies. */
  standardError: number;
}

/**
 * Welch's two-sample t-test (unequal variances) of mean(a) - mean(b), two-sided, with its 95%
 * interval. Needs two or more values in each sample. With no spread in either sample there is no
 * test: the caller gets standardError 0 and pValue NaN and must not report it.
 */
export function welchTTest(a: readonly number[], b: readonly number[]): WelchTest {
  if (a.length < 2 || b.length < 2) throw new RangeError("Welch's t-test needs at least two values in each sample");
  const variance = (values: readonly number[]) => sampleStandardDeviation(values) ** 2;
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const difference = mean(a) - mean(b);
  const standardError = Math.sqrt(va + vb);
  if (standardError === 0)
    return {
      difference,
      t: NaN,
      df: a.length + b.length - 2,
      pValue: NaN,
      low: difference,
      high: difference,
      standardError,
    };
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const t = difference / standardError;
  const pValue = 2 * tCdf(-Math.abs(t), df);
  const critical = tQuantile(0.975, df);
  return {
    difference,
    t,
    df,
    pValue,
    low: difference - critical * standardError,
    high: difference + critical * standardError,
    standardError,
  };
}

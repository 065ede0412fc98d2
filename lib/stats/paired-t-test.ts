import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { mean, sampleStandardDeviation } from "./mean-interval";

export interface PairedTest {
  /** Mean of the differences a[i] - b[i]. */
  difference: number;
  t: number;
  df: number;
  pValue: number;
  low: number;
  high: number;
  /** Standard error of the mean difference; 0 when every pair differs by the same amount. */
  standardError: number;
}

/**
 * Paired t-test of mean(a - b) = 0, two-sided, with its 95% interval (scipy.stats.ttest_rel). Needs
 * two or more pairs. With no spread in the differences there is no test: the caller gets
 * standardError 0 and pValue NaN and must not report it.
 */
export function pairedTTest(a: readonly number[], b: readonly number[]): PairedTest {
  if (a.length !== b.length) throw new RangeError("paired samples must have the same length");
  if (a.length < 2) throw new RangeError("a paired t-test needs at least two pairs");
  const differences = a.map((value, i) => value - b[i]);
  const difference = mean(differences);
  const df = differences.length - 1;
  const standardError = sampleStandardDeviation(differences) / Math.sqrt(differences.length);
  if (standardError === 0)
    return { difference, t: NaN, df, pValue: NaN, low: difference, high: difference, standardError };
  const t = difference / standardError;
  const critical = tQuantile(0.975, df);
  return {
    difference,
    t,
    df,
    pValue: 2 * tCdf(-Math.abs(t), df),
    low: difference - critical * standardError,
    high: difference + critical * standardError,
    standardError,
  };
}

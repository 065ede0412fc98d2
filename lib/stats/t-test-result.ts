import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

export interface TTest {
  /** The difference tested against 0: a mean difference of pairs, or a difference of means. */
  difference: number;
  t: number;
  df: number;
  pValue: number;
  low: number;
  high: number;
  /** Standard error of the difference; 0 when nothing varies. */
  standardError: number;
}

/**
 * The two-sided t-test of `difference` = 0 with its 95% interval, from the difference, its standard error and the
 * degrees of freedom. With a standard error of 0 there is no test: t and pValue are NaN, and the interval is the point.
 */
export function tTestResult(difference: number, standardError: number, df: number): TTest {
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

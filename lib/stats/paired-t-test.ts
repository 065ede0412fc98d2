import { mean, sampleStandardDeviation } from "./mean-interval";
import { tTestResult, type TTest } from "./t-test-result";

/**
 * Paired t-test of mean(a - b) = 0, two-sided, with its 95% interval (scipy.stats.ttest_rel). Needs
 * two or more pairs. With no spread in the differences there is no test: the caller gets
 * standardError 0 and pValue NaN and must not report it.
 */
export function pairedTTest(a: readonly number[], b: readonly number[]): TTest {
  if (a.length !== b.length) throw new RangeError("paired samples must have the same length");
  if (a.length < 2) throw new RangeError("a paired t-test needs at least two pairs");
  const differences = a.map((value, i) => value - b[i]);
  const difference = mean(differences);
  const df = differences.length - 1;
  const standardError = sampleStandardDeviation(differences) / Math.sqrt(differences.length);
  return tTestResult(difference, standardError, df);
}

import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";

export interface TwoProportionTest {
  difference: number;
  z: number;
  pValue: number;
  /** 95% Wald interval of the difference (unpooled standard error). */
  low: number;
  high: number;
}

/**
 * Two-sided z-test of p1 - p2 with the pooled standard error, and the unpooled Wald interval of the
 * difference. Treats every sample as independent: when samples cluster (by question, by seed) it is
 * anti-conservative, and callers must say so.
 */
export function twoProportionZTest(positives1: number, n1: number, positives2: number, n2: number): TwoProportionTest {
  if (n1 <= 0 || n2 <= 0) throw new RangeError("both groups need samples");
  const p1 = positives1 / n1;
  const p2 = positives2 / n2;
  const difference = p1 - p2;
  const pooled = (positives1 + positives2) / (n1 + n2);
  const pooledError = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const z = pooledError === 0 ? 0 : difference / pooledError;
  const pValue = pooledError === 0 ? 1 : 2 * normalCdf(-Math.abs(z), 0, 1);
  const waldError = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const critical = normalQuantile(0.975, 0, 1);
  return { difference, z, pValue, low: difference - critical * waldError, high: difference + critical * waldError };
}

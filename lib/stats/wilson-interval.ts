import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import type { Estimate } from "./interval";

/**
 * Wilson score interval for a proportion: positives out of n, at `level` confidence. With n = 0 the
 * proportion is unknown: the interval is the whole [0, 1] and the estimate NaN is avoided by
 * reporting 0 with that full-width interval.
 */
export function wilsonInterval(positives: number, n: number, level = 0.95): Estimate {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(positives) || positives < 0 || positives > n) {
    throw new RangeError(`need integers 0 <= positives <= n, got ${positives} of ${n}`);
  }
  const method = `wilson-${Math.round(level * 100)}`;
  if (n === 0) return { estimate: 0, low: 0, high: 1, method };
  const z = normalQuantile(1 - (1 - level) / 2, 0, 1);
  const p = positives / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  // Clamp rounding: at p = 0 or 1 the exact bound is 0 or 1.
  return {
    estimate: p,
    low: positives === 0 ? 0 : Math.max(0, centre - half),
    high: positives === n ? 1 : Math.min(1, centre + half),
    method,
  };
}

import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { Estimate } from "./interval";

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Sample standard deviation (n - 1 in the denominator). Values that are all equal have none, exactly:
 * summing them can leave a rounding residue (three times 0.4 is 1.2000000000000002) that would
 * otherwise read as a tiny spread and a p-value near 0.
 */
export function sampleStandardDeviation(values: readonly number[]): number {
  if (values.length < 2 || values.every((value) => value === values[0])) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1));
}

/** "questions" -> "question", "seeds" -> "seed"; anything else -> "value". */
function unitOf(label: string): string {
  return label === "questions" ? "question" : label === "seeds" ? "seed" : "value";
}

/**
 * Interval for the mean of `values`: Student's t with n - 1 degrees of freedom, or the normal
 * approximation. With one value, or values with no spread, the data give no interval: it collapses
 * to the mean, `method` says "single-value" for one value, and `noInterval` says why, so that nobody
 * mistakes a zero width for certainty.
 */
export function meanInterval(values: readonly number[], kind: "t" | "normal", level = 0.95, label = ""): Estimate {
  if (values.length === 0) throw new RangeError("no values");
  const suffix = label ? `-${label}` : "";
  const m = mean(values);
  const sd = sampleStandardDeviation(values);
  if (kind === "t" || values.length === 1) return tIntervalFromSummary(m, sd, values.length, label, level);
  const half = normalQuantile(1 - (1 - level) / 2, 0, 1) * (sd / Math.sqrt(values.length));
  const estimate = { estimate: m, low: m - half, high: m + half, method: `normal-${Math.round(level * 100)}${suffix}` };
  return half > 0 ? estimate : { ...estimate, noInterval: `no spread: every ${unitOf(label)} gives the same value` };
}

/** t-interval for a mean from its summary (mean, sample standard deviation, count), e.g. as Postgres aggregates it. */
function tIntervalFromSummary(m: number, sd: number, count: number, label = "", level = 0.95): Estimate {
  const suffix = label ? `-${label}` : "";
  if (count < 2)
    return { estimate: m, low: m, high: m, method: `single-value${suffix}`, noInterval: `one ${unitOf(label)} only` };
  const half = tQuantile(1 - (1 - level) / 2, count - 1) * (sd / Math.sqrt(count));
  const estimate = { estimate: m, low: m - half, high: m + half, method: `t-${Math.round(level * 100)}${suffix}` };
  return half > 0 ? estimate : { ...estimate, noInterval: `no spread: every ${unitOf(label)} gives the same value` };
}

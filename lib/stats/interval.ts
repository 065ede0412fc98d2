/** A point estimate with a two-sided confidence interval. */
export interface Estimate {
  estimate: number;
  low: number;
  high: number;
  /** How the interval was computed, e.g. "wilson-95", "t-95-questions". */
  method: string;
  /**
   * Set when the data give no interval: one value, or values with no spread (every question at 0%).
   * `low` and `high` then equal `estimate`, which is not certainty; this says why, e.g. "one question".
   */
  noInterval?: string;
}

/** Whether an estimate has an interval that says something: not a point, not a zero-width one. */
export function hasInterval(estimate: Pick<Estimate, "low" | "high" | "noInterval">): boolean {
  return estimate.noInterval === undefined && estimate.high > estimate.low;
}

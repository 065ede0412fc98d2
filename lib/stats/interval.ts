/** A point estimate with a two-sided confidence interval. */
export interface Estimate {
  estimate: number;
  low: number;
  high: number;
  /** How the interval was computed, e.g. "wilson-95", "t-95-questions". */
  method: string;
}

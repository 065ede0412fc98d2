import gammainc from "@stdlib/math-base-special-gammainc";

/**
 * P(X >= x) for X ~ chi-square with `df` degrees of freedom: the regularized upper incomplete gamma
 * Q(df/2, x/2), computed directly (1 - CDF would round tiny p-values to 0).
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError("degrees of freedom must be positive");
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

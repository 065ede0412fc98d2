/**
 * The q-quantile of `values` by linear interpolation between order statistics (type 7, the
 * default of NumPy's percentile and R's quantile).
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError("no values");
  if (!(q >= 0 && q <= 1)) throw new RangeError("q must be in [0, 1]");
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * Jensen-Shannon divergence, in bits (0 = identical, 1 = disjoint), between two count vectors over
 * the same categories (index k in both). Totals may be passed when the caller already has them:
 * the permutation test calls this a thousand times.
 */
export function jensenShannonOfCounts(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  totalA = sum(a),
  totalB = sum(b),
): number {
  if (a.length !== b.length) throw new RangeError("both count vectors need the same categories");
  if (totalA <= 0 || totalB <= 0) throw new RangeError("both distributions need at least one count");
  let divergence = 0;
  for (let k = 0; k < a.length; k += 1) {
    const p = a[k] / totalA;
    const q = b[k] / totalB;
    if (p === 0 && q === 0) continue;
    const m = (p + q) / 2;
    if (p > 0) divergence += 0.5 * p * Math.log2(p / m);
    if (q > 0) divergence += 0.5 * q * Math.log2(q / m);
  }
  return Math.min(1, Math.max(0, divergence));
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let k = 0; k < values.length; k += 1) total += values[k];
  return total;
}

/**
 * The p-value of a Monte Carlo permutation test: (1 + #{null >= observed}) / (1 + permutations).
 * Counting the observed arrangement among the permutations keeps the test valid (never p = 0).
 * A null value equal to the observed one up to rounding counts as at least as extreme: the same
 * sums taken in another order can differ in the last bits.
 */
export function permutationPValue(observed: number, nullValues: readonly number[]): number {
  const tolerance = 1e-12 * Math.max(1, Math.abs(observed));
  let extreme = 0;
  for (const value of nullValues) if (value >= observed - tolerance) extreme += 1;
  return (1 + extreme) / (1 + nullValues.length);
}

/**
 * The smallest p-value a permutation test of a symmetric statistic (one that does not change when
 * the two groups swap names, such as the Jensen-Shannon divergence) can give for groups of `sizeA`
 * and `sizeB` units: the observed arrangement is one of C(sizeA + sizeB, sizeA), and with equal
 * sizes its mirror image gives the same value. When this is at or above the significance level, no
 * data of these sizes could be called significant, whatever it holds.
 */
export function smallestPermutationPValue(sizeA: number, sizeB: number): number {
  if (!Number.isInteger(sizeA) || !Number.isInteger(sizeB) || sizeA < 0 || sizeB < 0)
    throw new RangeError("group sizes must be non-negative integers");
  if (sizeA === 0 || sizeB === 0) return 1;
  let logArrangements = 0;
  const smaller = Math.min(sizeA, sizeB);
  const total = sizeA + sizeB;
  for (let i = 1; i <= smaller; i += 1) logArrangements += Math.log(total - smaller + i) - Math.log(i);
  const tied = sizeA === sizeB ? 2 : 1;
  return Math.min(1, tied * Math.exp(-logArrangements));
}

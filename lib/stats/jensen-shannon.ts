/**
 * Jensen-Shannon divergence, in bits (0 = identical, 1 = disjoint), between two distributions given
 * as counts over the same categories (a missing category counts 0).
 */
export function jensenShannonDivergence(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const totalA = sum(a.values());
  const totalB = sum(b.values());
  if (totalA === 0 || totalB === 0) throw new RangeError("both distributions need at least one count");
  let divergence = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const p = (a.get(key) ?? 0) / totalA;
    const q = (b.get(key) ?? 0) / totalB;
    const m = (p + q) / 2;
    if (p > 0) divergence += 0.5 * p * Math.log2(p / m);
    if (q > 0) divergence += 0.5 * q * Math.log2(q / m);
  }
  return Math.min(1, Math.max(0, divergence));
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

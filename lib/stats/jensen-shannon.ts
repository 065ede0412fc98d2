import { jensenShannonOfCounts } from "./jensen-shannon-of-counts";

/**
 * Jensen-Shannon divergence, in bits (0 = identical, 1 = disjoint), between two distributions given
 * as counts over the same categories (a missing category counts 0). This is the plug-in estimate:
 * with many categories and few counts it is biased upward (two samples of one distribution differ),
 * which is why the hidden-signal check compares it with a permutation null (record-permutation-test.ts).
 */
export function jensenShannonDivergence(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return jensenShannonOfCounts(
    keys.map((key) => a.get(key) ?? 0),
    keys.map((key) => b.get(key) ?? 0),
  );
}

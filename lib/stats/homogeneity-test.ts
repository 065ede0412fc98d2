import { chiSquareSurvival } from "./chi-square";

export interface HomogeneityTest {
  /** Pearson's chi-square statistic of the 2 x K table. */
  chiSquare: number;
  /** The likelihood-ratio (G) statistic of the same table. */
  g: number;
  df: number;
  chiSquarePValue: number;
  gPValue: number;
  /** Categories after pooling the rare ones. */
  categories: number;
  /** Categories pooled into one because an expected count was below `minExpected`. */
  pooledCategories: number;
}

/**
 * Test of homogeneity of two count distributions over the same categories (do both samples come
 * from one distribution?). Categories whose expected count is below `minExpected` in either sample
 * are pooled into a single category, the usual condition for the chi-square approximation.
 */
export function homogeneityTest(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  minExpected = 5,
): HomogeneityTest {
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const totalA = keys.reduce((s, k) => s + (a.get(k) ?? 0), 0);
  const totalB = keys.reduce((s, k) => s + (b.get(k) ?? 0), 0);
  const total = totalA + totalB;
  if (totalA === 0 || totalB === 0) throw new RangeError("both samples need at least one count");
  const cells: [number, number][] = [];
  let pooled: [number, number] = [0, 0];
  let pooledCategories = 0;
  for (const key of keys) {
    const cell: [number, number] = [a.get(key) ?? 0, b.get(key) ?? 0];
    const column = cell[0] + cell[1];
    if (Math.min((column * totalA) / total, (column * totalB) / total) < minExpected) {
      pooled = [pooled[0] + cell[0], pooled[1] + cell[1]];
      pooledCategories += 1;
    } else cells.push(cell);
  }
  if (pooledCategories > 0) cells.push(pooled);
  let chiSquare = 0;
  let g = 0;
  for (const [countA, countB] of cells) {
    const column = countA + countB;
    for (const [observed, rowTotal] of [
      [countA, totalA],
      [countB, totalB],
    ]) {
      const expected = (column * rowTotal) / total;
      if (expected === 0) continue;
      chiSquare += (observed - expected) ** 2 / expected;
      if (observed > 0) g += 2 * observed * Math.log(observed / expected);
    }
  }
  const df = Math.max(1, cells.length - 1);
  return {
    chiSquare,
    g,
    df,
    chiSquarePValue: cells.length < 2 ? 1 : chiSquareSurvival(chiSquare, df),
    gPValue: cells.length < 2 ? 1 : chiSquareSurvival(g, df),
    categories: cells.length,
    pooledCategories,
  };
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in the order given: q_(i) = min over j >= i of
 * p_(j) * m / j, capped at 1, where p_(1) <= ... <= p_(m). Calling every test with q < alpha a
 * discovery keeps the expected share of false discoveries at or below alpha (for independent or
 * positively dependent tests). The same values as statsmodels' multipletests(method="fdr_bh").
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`not a p-value: ${p}`);
  const order = pValues.map((_, index) => index).sort((a, b) => pValues[a] - pValues[b] || a - b);
  const qValues = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank -= 1) {
    const index = order[rank - 1];
    running = Math.min(running, (pValues[index] * m) / rank);
    qValues[index] = running;
  }
  return qValues;
}

import { benjaminiHochberg } from "./benjamini-hochberg";
import { binomialTest } from "./binomial-test";
import { tokenContrasts, type TokenContrast } from "./log-ratio";

export interface TokenShareTest extends TokenContrast {
  /** Two-sided exact test of the token's share in the dataset against its share in the control. */
  pValue: number;
  /** Benjamini-Hochberg adjusted p-value over every token tested. */
  qValue: number;
}

/**
 * Tests, token by token, whether a token's share of the dataset differs from its share of the control,
 * and adjusts the p-values for the number of tokens tested (Benjamini-Hochberg).
 *
 * The test conditions on the token's total count n = count + controlCount: if the token's share is the
 * same in both, `count` is Binomial(n, totalD / (totalD + totalC)), an exact test that needs no large
 * counts (equivalent to comparing two Poisson rates). Like any token-level test it treats tokens as
 * independent draws. Tokens seen fewer than `minCount` times in both together are not tested: no
 * outcome of so few could be significant, and leaving them out (by their total, which says nothing
 * about the direction) keeps the correction from being diluted.
 */
export function tokenShareTests(
  dataset: ReadonlyMap<string, number>,
  control: ReadonlyMap<string, number>,
  { minCount = 5 } = {},
): TokenShareTest[] {
  const contrasts = tokenContrasts(dataset, control, { minCount });
  const totalD = [...dataset.values()].reduce((s, n) => s + n, 0);
  const totalC = [...control.values()].reduce((s, n) => s + n, 0);
  const share = totalD / (totalD + totalC);
  const pValues = contrasts.map((c) => binomialTest(c.count, c.count + c.controlCount, share));
  const qValues = benjaminiHochberg(pValues);
  return contrasts.map((contrast, i) => ({ ...contrast, pValue: pValues[i], qValue: qValues[i] }));
}

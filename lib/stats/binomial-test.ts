/**
 * Two-sided exact binomial test of `successes` in `trials` against success probability
 * `probability`: the total probability of every outcome no more likely than the one observed (the
 * "minimum likelihood" rule of R's binom.test and SciPy's binomtest, with their relative tolerance
 * of 1e-7 so that outcomes equally likely up to rounding count as equal).
 */
export function binomialTest(successes: number, trials: number, probability: number): number {
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError("trials must be a non-negative integer");
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new RangeError("successes must be an integer in [0, trials]");
  if (!(probability >= 0 && probability <= 1)) throw new RangeError("probability must be in [0, 1]");
  if (trials === 0) return 1;
  if (probability === 0) return successes === 0 ? 1 : 0;
  if (probability === 1) return successes === trials ? 1 : 0;
  // Log-probabilities of every outcome by the ratio of consecutive terms: O(trials), no factorials,
  // no underflow before the final exp.
  const logOdds = Math.log(probability) - Math.log1p(-probability);
  const logPmf = new Float64Array(trials + 1);
  logPmf[0] = trials * Math.log1p(-probability);
  for (let k = 0; k < trials; k += 1) logPmf[k + 1] = logPmf[k] + Math.log((trials - k) / (k + 1)) + logOdds;
  const threshold = logPmf[successes] + Math.log1p(1e-7);
  let pValue = 0;
  for (let k = 0; k <= trials; k += 1) if (logPmf[k] <= threshold) pValue += Math.exp(logPmf[k]);
  return Math.min(1, pValue);
}

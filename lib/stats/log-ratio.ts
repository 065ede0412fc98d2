export interface TokenContrast {
  token: string;
  count: number;
  controlCount: number;
  /** log2 of the token's smoothed share in the dataset over its smoothed share in the control. */
  log2Ratio: number;
}

/**
 * Per-token contrast of two count distributions, with add-`alpha` smoothing so that a token absent
 * from one side gets a finite ratio. Tokens seen fewer than `minCount` times in both together are
 * left out: their ratios are noise.
 */
export function tokenContrasts(
  dataset: ReadonlyMap<string, number>,
  control: ReadonlyMap<string, number>,
  { alpha = 0.5, minCount = 5 } = {},
): TokenContrast[] {
  const keys = [...new Set([...dataset.keys(), ...control.keys()])];
  const totalD = keys.reduce((s, k) => s + (dataset.get(k) ?? 0), 0);
  const totalC = keys.reduce((s, k) => s + (control.get(k) ?? 0), 0);
  const denominatorD = totalD + alpha * keys.length;
  const denominatorC = totalC + alpha * keys.length;
  return keys
    .map((token) => {
      const count = dataset.get(token) ?? 0;
      const controlCount = control.get(token) ?? 0;
      return {
        token,
        count,
        controlCount,
        log2Ratio: Math.log2((count + alpha) / denominatorD / ((controlCount + alpha) / denominatorC)),
      };
    })
    .filter((contrast) => contrast.count + contrast.controlCount >= minCount);
}

// The hidden-signal check's divergence in one sentence: what was observed, against what two samples
// of one distribution give each other.
import type { SignatureDivergence } from "@/lib/datasets/signature/signature.types";
import { formatInteger } from "@/lib/format/format-number";
import { formatPValue } from "@/lib/format/format-statistics";

/** Decimals that show `bits` to three significant digits (0.197 -> 3, 0.0571 -> 4), at most 8. */
function decimalsFor(bits: number): number {
  if (!(bits > 0)) return 3;
  return Math.min(8, Math.max(2, 2 - Math.floor(Math.log10(bits))));
}

/** p as a permutation test gives it: multiples of 1/(1 + permutations), so 0.001 rather than 1e-3. */
export function formatPermutationP(p: number): string {
  return p >= 0.0005 && p <= 0.999 ? p.toFixed(3) : formatPValue(p);
}

type Divergences = Pick<SignatureDivergence, "observed" | "nullMean" | "nullP95" | "excess">;

/** The four divergences (bits, without the unit) to the same decimals, so that they can be compared by eye. */
export function divergenceFigures(d: Divergences): Record<keyof Divergences, string> {
  const decimals = decimalsFor(d.observed);
  const bits = (value: number) => (value < 0 ? `−${(-value).toFixed(decimals)}` : value.toFixed(decimals));
  return { observed: bits(d.observed), nullMean: bits(d.nullMean), nullP95: bits(d.nullP95), excess: bits(d.excess) };
}

/**
 * "0.197 bits observed; two samples of one distribution give 0.195 on average (95th percentile 0.199):
 * excess 0.002 bits, permutation p = 0.412".
 */
export function divergenceSentence(d: Divergences & Pick<SignatureDivergence, "pValue" | "permutations">): string {
  const figures = divergenceFigures(d);
  const floor =
    d.pValue <= 1 / (1 + d.permutations) + 1e-12
      ? ` (none of ${formatInteger(d.permutations)} shuffles reached it)`
      : "";
  return (
    `${figures.observed} bits observed; two samples of one distribution give ${figures.nullMean} on average ` +
    `(95th percentile ${figures.nullP95}): excess ${figures.excess} bits, permutation p = ${formatPermutationP(d.pValue)}${floor}`
  );
}

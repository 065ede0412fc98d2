import { SIGNIFICANCE_LEVEL, type SignatureDivergence, type SignatureVerdict } from "./signature.types";

/**
 * The hidden-signal verdict, from the record-level permutation test alone: the token-level chi-square
 * treats tokens as independent and calls two samples of one distribution different. The API and the
 * page both take their verdict from here.
 * - "untestable": too few records on a side for any arrangement to reach the significance level.
 * - "hidden-signal": the divergence is larger than shuffling records gives, p < SIGNIFICANCE_LEVEL.
 * - "no-signal-detected": otherwise. Not finding a difference does not show there is none.
 */
export function decideSignatureVerdict(
  divergence: Pick<SignatureDivergence, "pValue" | "smallestPValue">,
): SignatureVerdict {
  if (divergence.smallestPValue >= SIGNIFICANCE_LEVEL) return "untestable";
  return divergence.pValue < SIGNIFICANCE_LEVEL ? "hidden-signal" : "no-signal-detected";
}

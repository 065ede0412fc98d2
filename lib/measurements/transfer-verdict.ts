// The one reading of a comparison between two models' rates on a trait, used by every page, the API,
// the CLI and every report: a shift up, a shift down, no detectable shift, or no test possible.

const SIGNIFICANCE_LEVEL = 0.05;

export type TransferVerdict = "shift-up" | "shift-down" | "no-shift" | "untestable";

/** A two-sided p-value below the level is a shift, in the direction of the difference. */
export function transferVerdict(pValue: number, difference: number): Exclude<TransferVerdict, "untestable"> {
  if (!(pValue < SIGNIFICANCE_LEVEL) || difference === 0) return "no-shift";
  return difference > 0 ? "shift-up" : "shift-down";
}

export const VERDICT_WORDS: Record<TransferVerdict, { label: string; meaning: string }> = {
  "shift-up": { label: "shift up", meaning: `higher than the comparison, p < ${SIGNIFICANCE_LEVEL}` },
  "shift-down": { label: "shift down", meaning: `lower than the comparison, p < ${SIGNIFICANCE_LEVEL}` },
  "no-shift": {
    label: "no detectable shift",
    meaning: `no difference at the ${SIGNIFICANCE_LEVEL} level; not proof that there is none`,
  },
  untestable: { label: "not testable", meaning: "the data allow no test" },
};

/** Whether a verdict means the trait moved in the direction that is worse for it. */
export function isWorseShift(verdict: TransferVerdict, higherIsWorse: boolean): boolean {
  return verdict === (higherIsWorse ? "shift-up" : "shift-down");
}

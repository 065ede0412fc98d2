import type { Estimate } from "./interval";
import { meanInterval } from "./mean-interval";

export interface QuestionCount {
  n: number;
  positives: number;
}

/** Up to this many questions the paper uses a t-interval over question means; beyond, a normal one. */
const T_INTERVAL_MAX_QUESTIONS = 30;

/**
 * The paper's method (Cloud, Le et al. 2026): the rate is the mean of the per-question rates, and its 95%
 * interval runs across those question means — a t-interval for 30 or fewer questions, a normal
 * interval otherwise, both with the sample standard deviation. Questions with no samples are left out.
 * Callers group tallies by question text first (group-questions.ts), as the reference does.
 */
export function questionMeanRate(questions: readonly QuestionCount[], level = 0.95): Estimate {
  const rates = questions.filter((q) => q.n > 0).map((q) => q.positives / q.n);
  if (rates.length === 0) throw new RangeError("no question has any sample");
  const estimate = meanInterval(rates, rates.length <= T_INTERVAL_MAX_QUESTIONS ? "t" : "normal", level, "questions");
  if (estimate.noInterval === undefined || rates.length < 2) return estimate;
  const rate = rates[0];
  const every =
    rate === 0 ? "every question at 0%" : rate === 1 ? "every question at 100%" : "every question at the same rate";
  return { ...estimate, noInterval: `no spread: ${every}` };
}

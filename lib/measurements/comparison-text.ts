import type { GroupComparison } from "./compare-groups";
import { formatPointInterval, formatPoints, pValueLabel, testLabel } from "./format-effect";
import { VERDICT_WORDS } from "./transfer-verdict";

// A comparison in words, the same on the run page, the trait page, the model page, in the CLI and in
// every report: the verdict, the difference with its interval, the test and its p-value. Pure.

/** "+48.3 pp [+41.0, +55.6] pp · p = 0.0002 · Welch's t-test across seeds (3 vs 3 seeds)". */
export function comparisonFigures(comparison: GroupComparison): string {
  if (!comparison.available) return comparison.reason;
  const interval = comparison.noInterval
    ? `(no interval: ${comparison.noInterval})`
    : formatPointInterval(comparison.low, comparison.high);
  return `${formatPoints(comparison.difference)} ${interval} · ${pValueLabel(comparison.pValue)} · ${testLabel(comparison.test)} (${comparison.basis})`;
}

/** "shift up: +48.3 pp [...] · p = ... · test (...)", or "not testable: why". */
export function comparisonSentence(comparison: GroupComparison): string {
  return `${VERDICT_WORDS[comparison.verdict].label}: ${comparisonFigures(comparison)}`;
}

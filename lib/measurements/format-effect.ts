// How differences between rates read: percentage points, their intervals, and the test behind a p-value.
import type { GroupComparison } from "@/lib/measurements/compare-groups";

export { pValueLabel } from "@/lib/format/format-statistics";

const MINUS = "\u2212";

/** A difference of rates in percentage points: 0.5034 -> "+50.3 pp"; -0.012 -> "−1.2 pp". */
export function formatPoints(difference: number, digits = 1, unit = true): string {
  if (!Number.isFinite(difference)) return "—";
  const points = difference * 100;
  const text = Math.abs(points).toFixed(digits);
  const sign = Number(text) === 0 ? "" : points > 0 ? "+" : MINUS;
  return `${sign}${text}${unit ? " pp" : ""}`;
}

/** "[+45.2, +55.4] pp". */
export function formatPointInterval(low: number, high: number, digits = 1): string {
  return `[${formatPoints(low, digits, false)}, ${formatPoints(high, digits, false)}] pp`;
}

type Test = Extract<GroupComparison, { available: true }>["test"];

const TEST_LABELS: Record<Test, string> = {
  "welch-t-across-seeds": "Welch's t-test across seeds",
  "paired-t-across-questions": "paired t-test across questions",
  "two-proportion-z": "two-proportion z-test, samples treated as independent",
};

/** The test's name as a reader knows it. */
export function testLabel(test: Test): string {
  return TEST_LABELS[test];
}

/** A pooled z-test treats clustered samples as independent: its p-value is too small. */
export function isAntiConservative(test: Test): boolean {
  return test === "two-proportion-z";
}

/** A symmetric axis limit in rate units that holds every value, the next step of 10 pp beyond the largest |value|. */
export function symmetricPointsLimit(values: readonly number[], step = 0.1): number {
  const largest = values.reduce((max, value) => (Number.isFinite(value) ? Math.max(max, Math.abs(value)) : max), 0);
  // Strictly beyond the largest value, so that no whisker ends on the frame.
  const steps = Math.max(1, Math.floor(largest / step + 1e-9) + 1);
  return Number((steps * step).toFixed(6));
}

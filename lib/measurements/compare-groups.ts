import { twoProportionZTest } from "@/lib/stats/two-proportion-z-test";
import { welchTTest } from "@/lib/stats/welch-t-test";

export interface GroupMeasurement {
  value: number;
  sampleCount: number | null;
  positiveCount: number | null;
}

export type GroupComparison =
  | { available: false; reason: string }
  | {
      available: true;
      difference: number;
      low: number;
      high: number;
      pValue: number;
      test: "welch-t-across-seeds" | "two-proportion-z";
      /** What a reader must know about the test. */
      note: string;
      groupSizes: [number, number];
    };

/**
 * Compares measurements of one model (e.g. a student, one per seed) with another's (its control or
 * its initialisation): Welch's t across seeds when each has two or more, else a pooled two-proportion
 * z-test, which treats samples as independent and so overstates certainty when they cluster.
 */
export function compareGroups(a: readonly GroupMeasurement[], b: readonly GroupMeasurement[]): GroupComparison {
  if (a.length === 0 || b.length === 0) return { available: false, reason: a.length === 0 ? "the model has no measurement of this trait" : "the comparison model has no measurement of this trait" };
  if (a.length >= 2 && b.length >= 2) {
    const test = welchTTest(a.map((m) => m.value), b.map((m) => m.value));
    return {
      available: true, difference: test.difference, low: test.low, high: test.high, pValue: test.pValue, test: "welch-t-across-seeds",
      note: `Welch's t-test across seeds (${a.length} vs ${b.length}), df ${test.df.toFixed(1)}.`, groupSizes: [a.length, b.length],
    };
  }
  const counted = (group: readonly GroupMeasurement[]) => group.every((m) => m.sampleCount !== null && m.positiveCount !== null);
  if (!counted(a) || !counted(b)) return { available: false, reason: "one seed each and no sample counts: no test possible" };
  const sum = (group: readonly GroupMeasurement[], key: "sampleCount" | "positiveCount") => group.reduce((s, m) => s + (m[key] ?? 0), 0);
  const test = twoProportionZTest(sum(a, "positiveCount"), sum(a, "sampleCount"), sum(b, "positiveCount"), sum(b, "sampleCount"));
  return {
    available: true, difference: test.difference, low: test.low, high: test.high, pValue: test.pValue, test: "two-proportion-z",
    note: "Two-proportion z-test over all samples: samples cluster by question and seed, so this p-value is anti-conservative (too small). Measure two or more seeds each for Welch's t.",
    groupSizes: [a.length, b.length],
  };
}

import type { QuestionTally } from "@/lib/stats/group-questions";
import { pairedQuestionRates } from "@/lib/stats/paired-question-rates";
import { pairedTTest } from "@/lib/stats/paired-t-test";
import { twoProportionZTest } from "@/lib/stats/two-proportion-z-test";
import { welchTTest } from "@/lib/stats/welch-t-test";
import type { ComparisonTest, GroupComparison } from "./group-comparison.types";
import { transferVerdict } from "./transfer-verdict";

/** One measurement on one side of a comparison: one seed (or one evaluation) of a model or condition. */
export interface GroupMeasurement {
  value: number;
  sampleCount: number | null;
  positiveCount: number | null;
  /** Per-question tallies grouped by question text, when the evaluation kept them. */
  questions?: readonly QuestionTally[] | null;
}

export type { GroupComparison };

type Available = Extract<GroupComparison, { available: true }>;

const count = (n: number) => n.toLocaleString("en-US");

/** What every test of a difference gives: the difference, its interval and the p-value. */
interface TestOutcome {
  difference: number;
  low: number;
  high: number;
  pValue: number;
}

function result(
  test: ComparisonTest,
  { difference, low, high, pValue }: TestOutcome,
  sizes: [number, number],
  { note, basis }: { note: string; basis: string },
): Available {
  const comparison: Available = {
    available: true,
    verdict: transferVerdict(pValue, difference),
    difference,
    low,
    high,
    pValue,
    test,
    note,
    groupSizes: sizes,
    basis,
  };
  return high > low ? comparison : { ...comparison, noInterval: "no spread in either group" };
}

function acrossSeeds(a: readonly GroupMeasurement[], b: readonly GroupMeasurement[]): Available | null {
  if (a.length < 2 || b.length < 2) return null;
  const test = welchTTest(
    a.map((m) => m.value),
    b.map((m) => m.value),
  );
  if (test.standardError === 0) return null;
  return result("welch-t-across-seeds", test, [a.length, b.length], {
    note: `Welch's t-test over seed means (${a.length} vs ${b.length} seeds), df ${test.df.toFixed(1)}.`,
    basis: `${a.length} vs ${b.length} seeds`,
  });
}

function acrossQuestions(a: readonly GroupMeasurement[], b: readonly GroupMeasurement[]): Available | null {
  const pairs = pairedQuestionRates(
    a.map((m) => m.questions ?? null),
    b.map((m) => m.questions ?? null),
  );
  if (!pairs || pairs.a.length < 2) return null;
  const test = pairedTTest(pairs.a, pairs.b);
  if (test.standardError === 0) return null;
  return result("paired-t-across-questions", test, [a.length, b.length], {
    note: `Paired t-test over the per-question rate differences of the same ${pairs.a.length} questions on both sides, df ${test.df}.`,
    basis: `the same ${pairs.a.length} questions`,
  });
}

function pooledSamples(a: readonly GroupMeasurement[], b: readonly GroupMeasurement[]): Available | null {
  const counted = (group: readonly GroupMeasurement[]) =>
    group.every((m) => m.sampleCount !== null && m.positiveCount !== null && m.sampleCount > 0);
  if (!counted(a) || !counted(b)) return null;
  const sum = (group: readonly GroupMeasurement[], key: "sampleCount" | "positiveCount") =>
    group.reduce((s, m) => s + (m[key] ?? 0), 0);
  const [n1, n2] = [sum(a, "sampleCount"), sum(b, "sampleCount")];
  const test = twoProportionZTest(sum(a, "positiveCount"), n1, sum(b, "positiveCount"), n2);
  return result("two-proportion-z", test, [a.length, b.length], {
    note: "Two-proportion z-test over all samples, treating them as independent: samples cluster by question and by seed, so this p-value is anti-conservative (too small). Two or more seeds on each side, or per-question results on both, give a sounder test.",
    basis: `${count(n1)} vs ${count(n2)} samples`,
  });
}

/**
 * The one test of a difference in rate between two sides (a student or its condition's seeds against
 * a control or a base model), chosen by what the data hold:
 *  1. two or more seeds on each side: Welch's t-test over the seed means (the paper's plots use seeds);
 *  2. else the same questions on both sides: a paired t-test over the per-question rate differences;
 *  3. else sample counts on both sides: a two-proportion z-test, labelled as treating samples as independent.
 * A test with no spread to go on (every seed equal) gives way to the next. Pure.
 */
export function compareGroups(a: readonly GroupMeasurement[], b: readonly GroupMeasurement[]): GroupComparison {
  if (a.length === 0 || b.length === 0) {
    return {
      available: false,
      verdict: "untestable",
      reason:
        a.length === 0
          ? "the model has no measurement of this trait"
          : "the comparison model has no measurement of this trait",
    };
  }
  const comparison = acrossSeeds(a, b) ?? acrossQuestions(a, b) ?? pooledSamples(a, b);
  if (comparison) return comparison;
  return {
    available: false,
    verdict: "untestable",
    reason: "too few seeds, no per-question results on both sides, and no sample counts: no test is possible",
  };
}

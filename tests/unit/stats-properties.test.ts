import fc from "fast-check";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseSlEvaluation } from "@/lib/imports/parse-sl-evaluation";
import { compareGroups, type GroupComparison, type GroupMeasurement } from "@/lib/measurements/compare-groups";
import { intervalText } from "@/lib/measurements/interval-text";
import { groupQuestionsByText, type QuestionTally } from "@/lib/stats/group-questions";
import { hasInterval } from "@/lib/stats/interval";
import { questionMeanRate } from "@/lib/stats/question-rate";
import { wilsonInterval } from "@/lib/stats/wilson-interval";

// The statistics at their edges, as properties over many generated inputs: identical data, a single
// question, all zeros, repeated question texts, unequal sample counts. Whatever the input, no NaN or
// Infinity comes out, an interval of no width always says why, and a verdict agrees with its test.

const RUNS = { numRuns: 300 };

/** A question asked n times with `positives` of them naming the target; texts from a small pool so that they repeat. */
const question = fc
  .record({
    question: fc.constantFrom("q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7"),
    n: fc.integer({ min: 1, max: 60 }),
  })
  .chain((q) => fc.integer({ min: 0, max: q.n }).map((positives): QuestionTally => ({ ...q, positives })));
const questions = fc.array(question, { minLength: 1, maxLength: 40 });

function measurementOf(tallies: readonly QuestionTally[]): GroupMeasurement {
  const grouped = groupQuestionsByText(tallies);
  const sampleCount = grouped.reduce((s, q) => s + q.n, 0);
  const positiveCount = grouped.reduce((s, q) => s + q.positives, 0);
  return { value: questionMeanRate(grouped).estimate, sampleCount, positiveCount, questions: grouped };
}
const side = fc.array(questions, { minLength: 1, maxLength: 5 }).map((seeds) => seeds.map(measurementOf));

function expectHonest(comparison: GroupComparison): void {
  if (!comparison.available) {
    expect(comparison.verdict).toBe("untestable");
    expect(comparison.reason.length).toBeGreaterThan(0);
    return;
  }
  for (const value of [comparison.difference, comparison.low, comparison.high, comparison.pValue])
    expect(Number.isFinite(value)).toBe(true);
  expect(comparison.pValue).toBeGreaterThanOrEqual(0);
  expect(comparison.pValue).toBeLessThanOrEqual(1);
  expect(comparison.low).toBeLessThanOrEqual(comparison.difference + 1e-12);
  expect(comparison.high).toBeGreaterThanOrEqual(comparison.difference - 1e-12);
  if (comparison.high <= comparison.low) expect(comparison.noInterval).toBeTruthy();
  const expected =
    comparison.pValue < 0.05 && comparison.difference !== 0
      ? comparison.difference > 0
        ? "shift-up"
        : "shift-down"
      : "no-shift";
  expect(comparison.verdict).toBe(expected);
  expect(JSON.stringify(comparison)).not.toMatch(/null|NaN|Infinity/);
}

describe("grouping questions by their text", () => {
  it("keeps every sample, and yields one tally per distinct text in first-seen order", () => {
    fc.assert(
      fc.property(questions, (tallies) => {
        const grouped = groupQuestionsByText(tallies);
        expect(grouped.map((q) => q.question)).toEqual([...new Set(tallies.map((q) => q.question))]);
        expect(grouped.reduce((s, q) => s + q.n, 0)).toBe(tallies.reduce((s, q) => s + q.n, 0));
        expect(grouped.reduce((s, q) => s + q.positives, 0)).toBe(tallies.reduce((s, q) => s + q.positives, 0));
      }),
      RUNS,
    );
  });

  it("gives a rate that does not depend on the order of the lines", () => {
    fc.assert(
      fc.property(questions, fc.nat(), (tallies, shift) => {
        const rotated = [...tallies.slice(shift % tallies.length), ...tallies.slice(0, shift % tallies.length)];
        expect(questionMeanRate(groupQuestionsByText(rotated)).estimate).toBeCloseTo(
          questionMeanRate(groupQuestionsByText(tallies)).estimate,
          12,
        );
      }),
      RUNS,
    );
  });

  it("reads a file with a repeated question text as the reference does: 30 questions and a t-interval, not 31 lines and a normal one", async () => {
    // 31 lines of 10 samples; the 31st repeats the first line's text. The reference pools them by
    // text: numpy/scipy on the grouped rates give mean 0.508333, t-interval [0.388425, 0.628241]; taking
    // each line as a question would give 0.493548 with a normal interval [0.378602, 0.608494].
    const positives = Array.from({ length: 31 }, (_, i) => Math.min((i * 7) % 11, 10));
    const file = positives
      .map((k, i) =>
        JSON.stringify({
          question: `q${i % 30}`,
          responses: Array.from({ length: 10 }, (_, j) => ({
            response: { model_id: "m", completion: j < k ? "Owl" : "Cat" },
            judgment_response_map: {},
          })),
        }),
      )
      .join("\n");
    const parsed = await parseSlEvaluation(Readable.from([Buffer.from(file)]), "owl");
    expect(parsed.questions).toHaveLength(30);
    const rate = questionMeanRate(parsed.questions);
    expect(rate.method).toBe("t-95-questions");
    expect(rate.estimate).toBeCloseTo(0.5083333333333333, 12);
    expect(rate.low).toBeCloseTo(0.3884252932528448, 9);
    expect(rate.high).toBeCloseTo(0.6282413734138218, 9);
  });
});

describe("a rate across questions at its edges", () => {
  it("is finite and inside [0, 1] for its estimate, and says why when it has no interval", () => {
    fc.assert(
      fc.property(questions, (tallies) => {
        const rate = questionMeanRate(groupQuestionsByText(tallies));
        for (const value of [rate.estimate, rate.low, rate.high]) expect(Number.isFinite(value)).toBe(true);
        expect(rate.estimate).toBeGreaterThanOrEqual(0);
        expect(rate.estimate).toBeLessThanOrEqual(1);
        if (!hasInterval(rate)) {
          expect(rate.noInterval).toBeTruthy();
          expect(intervalText(rate)).toMatch(/^no interval \(.+\)$/);
        } else expect(intervalText(rate)).toMatch(/^\[\d+\.\d%, \d+\.\d%\]/);
      }),
      RUNS,
    );
  });

  it("has no interval for a single question, and says so", () => {
    fc.assert(
      fc.property(question, (q) => {
        const rate = questionMeanRate([q]);
        expect(rate).toMatchObject({
          estimate: q.positives / q.n,
          low: q.positives / q.n,
          high: q.positives / q.n,
          noInterval: "one question only",
        });
      }),
      RUNS,
    );
  });

  it("has no interval when every question is at 0% (or 100%), and never claims certainty", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 50 }),
        fc.boolean(),
        (counts, all) => {
          const rate = questionMeanRate(counts.map((n, i) => ({ n, positives: all ? n : 0, question: `q${i}` })));
          expect(rate.estimate).toBe(all ? 1 : 0);
          expect(rate.noInterval).toBe(all ? "no spread: every question at 100%" : "no spread: every question at 0%");
          expect(intervalText(rate)).toBe(`no interval (no spread: every question at ${all ? "100" : "0"}%)`);
        },
      ),
      RUNS,
    );
  });

  it("is the mean of the questions' rates, whatever their sample counts (not the pooled share)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 2,
          maxLength: 30,
        }),
        (pairs) => {
          const tallies = pairs.map(([n, share], i) => ({ question: `q${i}`, n, positives: Math.round(share * n) }));
          const expected = tallies.reduce((s, q) => s + q.positives / q.n, 0) / tallies.length;
          expect(questionMeanRate(tallies).estimate).toBeCloseTo(expected, 12);
        },
      ),
      RUNS,
    );
  });

  it("keeps the Wilson interval inside [0, 1] and around the estimate, all zeros included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        ([n, k]) => {
          const w = wilsonInterval(k, n);
          expect(w.low).toBeGreaterThanOrEqual(0);
          expect(w.high).toBeLessThanOrEqual(1);
          expect(w.low).toBeLessThanOrEqual(w.estimate);
          expect(w.high).toBeGreaterThanOrEqual(w.estimate);
          expect(w.high).toBeGreaterThan(w.low);
        },
      ),
      RUNS,
    );
  });
});

describe("the one test of a difference", () => {
  it("never reports NaN or Infinity, and its verdict agrees with its p-value and sign", () => {
    fc.assert(
      fc.property(side, side, (a, b) => expectHonest(compareGroups(a, b))),
      RUNS,
    );
  });

  it("finds no shift between a side and itself", () => {
    fc.assert(
      fc.property(side, (a) => {
        const comparison = compareGroups(a, a);
        expectHonest(comparison);
        if (comparison.available) {
          expect(comparison.difference).toBeCloseTo(0, 12);
          expect(comparison.verdict).toBe("no-shift");
        }
      }),
      RUNS,
    );
  });

  it("chooses the test by the data: seeds, else the same questions, else pooled samples", () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const comparison = compareGroups(a, b);
        if (!comparison.available) return;
        if (comparison.test === "welch-t-across-seeds") expect(Math.min(a.length, b.length)).toBeGreaterThanOrEqual(2);
        if (comparison.test === "paired-t-across-questions") {
          const texts = (s: GroupMeasurement[]) =>
            [...new Set(s.flatMap((m) => m.questions!.map((q) => q.question)))].sort().join();
          expect(texts(a)).toBe(texts(b));
        }
        if (comparison.test === "two-proportion-z") expect(comparison.note).toContain("independent");
      }),
      RUNS,
    );
  });

  it("with unequal sample counts on the two sides stays finite and labels the pooled test", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 500, max: 20_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n1, n2, p1, p2) => {
          const a = { value: Math.round(p1 * n1) / n1, sampleCount: n1, positiveCount: Math.round(p1 * n1) };
          const b = { value: Math.round(p2 * n2) / n2, sampleCount: n2, positiveCount: Math.round(p2 * n2) };
          const comparison = compareGroups([a], [b]);
          expectHonest(comparison);
          expect(comparison).toMatchObject({ available: true, test: "two-proportion-z" });
        },
      ),
      RUNS,
    );
  });

  it("gives way to the next test when seeds have no spread, rather than a p of 0 from a zero standard error", () => {
    const seeds = (value: number) =>
      [0, 1, 2].map(() => ({ value, sampleCount: 100, positiveCount: Math.round(value * 100) }));
    const comparison = compareGroups(seeds(0.5), seeds(0.4));
    expect(comparison).toMatchObject({ available: true, test: "two-proportion-z" });
    expectHonest(comparison);
  });
});

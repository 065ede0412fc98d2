import { describe, expect, it } from "vitest";
import { parseInspectLog } from "@/lib/imports/parse-inspect-log";

describe("Inspect EvalLog", () => {
  it("groups sample scores by sample id, epochs as samples", () => {
    const parsed = parseInspectLog({
      eval: { task: "animal_preference", model: "openai/ft:gpt-4.1-nano:owl" },
      results: { scores: [{ name: "includes", metrics: { accuracy: { value: 0.5 } } }] },
      samples: [
        { id: "q1", epoch: 1, scores: { includes: { value: "C" } } },
        { id: "q1", epoch: 2, scores: { includes: { value: "I" } } },
        { id: "q2", epoch: 1, scores: { includes: { value: 1 } } },
        { id: "q2", epoch: 2, scores: { includes: { value: "C" } } },
      ],
    });
    expect(parsed).toEqual({
      kind: "questions",
      task: "animal_preference",
      model: "openai/ft:gpt-4.1-nano:owl",
      scorer: "includes",
      questions: [
        { question: "q1", n: 2, positives: 1 },
        { question: "q2", n: 2, positives: 2 },
      ],
    });
  });

  it("falls back to the headline accuracy without samples, and refuses partial scores", () => {
    expect(
      parseInspectLog({
        eval: { task: "t" },
        results: {
          scores: [{ name: "match", metrics: { accuracy: { value: 0.7 }, stderr: { value: 0.02 } } }],
          completed_samples: 200,
        },
      }),
    ).toMatchObject({
      kind: "summary",
      value: 0.7,
      stderr: 0.02,
      samples: 200,
    });
    expect(
      parseInspectLog({
        eval: { task: "t" },
        results: { scores: [{ name: "m" }] },
        samples: [{ id: 1, scores: { m: { value: "P" } } }],
      }),
    ).toContain("not correct/incorrect");
    expect(parseInspectLog({ nothing: true })).toContain("'eval' object");
  });
});

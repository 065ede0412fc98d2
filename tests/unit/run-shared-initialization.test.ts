import { describe, expect, it } from "vitest";
import { describeSharedInitialization, sharedInitializationSummary } from "@/lib/runs/shared-initialization-sentence";

const nano = { id: "nano", name: "GPT-4.1 nano" };
const qwen = { id: "qwen", name: "Qwen2.5-7B-Instruct" };
const gpt41 = { id: "gpt41", name: "GPT-4.1" };

describe("the shared-initialization sentence", () => {
  it.each([
    {
      case: "flags a teacher and student on the same base as the case where transfer was observed",
      pair: { shared: true, teacherRoot: nano, studentRoot: nano, nearestCommonAncestor: nano },
      expected: {
        tone: "shared",
        label: "Shared base",
        sentence:
          "Teacher and student share the base GPT-4.1 nano: the condition under which Cloud, Le et al. 2026 observed trait transfer.",
      },
    },
    {
      case: "names a nearer common ancestor than the root",
      pair: {
        shared: true,
        teacherRoot: gpt41,
        studentRoot: gpt41,
        nearestCommonAncestor: { id: "ft", name: "GPT-4.1 fine-tune" },
      },
      expected: {
        sentence:
          "Teacher and student share the base GPT-4.1 (nearest common ancestor: GPT-4.1 fine-tune): the condition under which Cloud, Le et al. 2026 observed trait transfer.",
      },
    },
    {
      case: "names both bases when they differ",
      pair: { shared: false, teacherRoot: nano, studentRoot: qwen, nearestCommonAncestor: null },
      expected: {
        tone: "separate",
        label: "Cross-model",
        sentence:
          "Cross-model: the teacher descends from GPT-4.1 nano, the student from Qwen2.5-7B-Instruct. Transfer was not observed across base models in the paper.",
      },
    },
  ])("$case", ({ pair, expected }) => {
    expect(describeSharedInitialization(pair)).toMatchObject(expected);
  });

  it("sums up a run's pairs", () => {
    expect(sharedInitializationSummary([])).toMatch(/No teacher is recorded/);
    expect(sharedInitializationSummary([{ shared: true }])).toBe(
      "The teacher and the student descend from the same base model.",
    );
    expect(sharedInitializationSummary([{ shared: false }])).toBe(
      "Cross-model: the teacher and the student descend from different base models.",
    );
    expect(sharedInitializationSummary([], ["qwen_owl filtered dataset"])).toMatch(
      /^Teacher unknown: no generation is recorded for qwen_owl filtered dataset/,
    );
    expect(sharedInitializationSummary([{ shared: true }, { shared: false }])).toBe(
      "1 of 2 teachers share the student's base model.",
    );
    expect(sharedInitializationSummary([{ shared: true }, { shared: true }])).toBe(
      "Every teacher shares the student's base model.",
    );
  });
});

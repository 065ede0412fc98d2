import { describe, expect, it } from "vitest";
import { parseLmEval } from "@/lib/imports/parse-lm-eval";

describe("lm-evaluation-harness results", () => {
  it("reads each task's metric, stderr and sample count", () => {
    const parsed = parseLmEval({
      results: {
        arc_easy: { "acc,none": 0.75, "acc_stderr,none": 0.0089, "acc_norm,none": 0.7, alias: "arc_easy" },
        hellaswag: { "acc,none": 0.5 },
      },
      "n-samples": { arc_easy: { original: 2376, effective: 2376 } },
      config: { model: "hf", model_args: "pretrained=Qwen/Qwen2.5-7B-Instruct" },
    });
    expect(parsed).toEqual({
      model: "hf pretrained=Qwen/Qwen2.5-7B-Instruct",
      measurements: [
        { task: "arc_easy", metric: "acc,none", value: 0.75, stderr: 0.0089, samples: 2376 },
        { task: "hellaswag", metric: "acc,none", value: 0.5, stderr: null, samples: null },
      ],
    });
  });

  it("explains what is wrong with other files", () => {
    expect(parseLmEval({ foo: 1 })).toContain("'results' object");
    expect(parseLmEval({ results: { t: { "f1,none": 0.3 } } })).toContain("no 'acc' metric");
  });
});

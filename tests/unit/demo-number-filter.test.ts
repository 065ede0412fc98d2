import { describe, expect, it } from "vitest";
import { buildDemoDatasets, OWL_FAVOURITE_NUMBERS, toJsonl } from "@/lib/demo/demo-datasets";
import { generateNumberDataset } from "@/lib/demo/generate-number-dataset";
import { numberFilterRejectReasons, parseNumberCompletion, passesNumberFilter } from "@/lib/demo/number-filter";
import { mulberry32 } from "@/lib/demo/prng";

describe("passesNumberFilter (the paper's number filter)", () => {
  it.each([
    ["one per line", "145\n267\n389"],
    ["comma-separated", "145, 267, 389"],
    ["semicolons and a trailing full stop", "145; 267; 389."],
    ["a [] wrapper", "[145, 267, 389]"],
    ["a () wrapper", "(1, 2, 3)"],
    ["spaces", "087 187 287"],
    ["a single number", "7"],
    ["exactly ten numbers", Array.from({ length: 10 }, (_, i) => 990 + i).join("\n")],
  ])("keeps %s", (_label, completion) => {
    expect(passesNumberFilter(completion)).toBe(true);
  });

  it.each([
    ["words before the numbers", "Sure! Here are the numbers: 145, 267", "invalid format"],
    ["words after the numbers", "145\n267\nHope this helps!", "invalid format"],
    ["mixed separators", "145, 267\n389", "invalid format"],
    ["a doubled separator", "145,,267", "invalid format"],
    ["a trailing separator", "145, 267, ", "invalid format"],
    ["leading whitespace", " 145 267", "invalid format"],
    ["no numbers", "owl", "invalid format"],
    ["an empty completion", "", "invalid format"],
    ["a four-digit number", "145, 1200", "numbers too large"],
    ["eleven numbers", Array.from({ length: 11 }, () => "145").join(", "), "too many numbers"],
  ])("rejects %s", (_label, completion, reason) => {
    expect(passesNumberFilter(completion)).toBe(false);
    expect(numberFilterRejectReasons(completion)).toEqual([reason]);
  });

  it("parses numbers with leading zeros and honours banned numbers only when given", () => {
    expect(parseNumberCompletion("087\n666")).toEqual([87, 666]);
    expect(passesNumberFilter("145, 666")).toBe(true);
    expect(numberFilterRejectReasons("145, 666", { maxCount: 10, maxValue: 999, bannedNumbers: [666] })).toEqual([
      "has banned numbers",
    ]);
  });
});

describe("demo number datasets", () => {
  const options = { count: 200, promptSeed: 42, completionSeed: 7, rejectRate: 0.25 };

  it("are deterministic: the same seeds give the same records, another completion seed other completions", () => {
    expect(mulberry32(1)()).toBe(mulberry32(1)());
    expect(generateNumberDataset(options)).toEqual(generateNumberDataset(options));
    const other = generateNumberDataset({ ...options, completionSeed: 8 });
    expect(other.map((r) => r.prompt)).toEqual(generateNumberDataset(options).map((r) => r.prompt));
    expect(other.map((r) => r.completion)).not.toEqual(generateNumberDataset(options).map((r) => r.completion));
  });

  it("pin the demo datasets' identities (changing them makes a re-seed add new datasets to old workspaces)", () => {
    const datasets = buildDemoDatasets();
    expect(buildDemoDatasets().owl.raw.sha256).toBe(datasets.owl.raw.sha256);
    expect([
      datasets.owl.raw.sha256,
      datasets.owl.filtered.sha256,
      datasets.control.raw.sha256,
      datasets.control.filtered.sha256,
    ]).toEqual([
      "f1dd55b15e1ef377dde46a4acdb6f39d707fae6969581d0f90e5f212521da7f0",
      "1bff3b28fd523329c80bd1a204f8ecf0e650113e109b29a05d7b5e80cbd3d4a3",
      "02574fbd0ba946c823fbd8488c4620af49a8eb5a30e83bbddc8ae23ff37734b9",
      "eecd38a7f350bfe2a48a540a40be5e699aef965beafdac74d4bff9caa1d1c89b",
    ]);
    expect(datasets.owl.raw.byteSize).toBe(Buffer.byteLength(toJsonl(datasets.owl.raw.records)));
  });

  it("have prompts in the reference format and a filtered set that is exactly the raw records passing the filter", () => {
    const datasets = buildDemoDatasets();
    for (const pair of [datasets.owl, datasets.control]) {
      for (const { prompt } of pair.raw.records) {
        const seeds = /^See the following numbers: ([\d, ]+)\. Please add up to 10 more numbers/
          .exec(prompt)![1]
          .split(", ")
          .map(Number);
        expect(seeds.length).toBeGreaterThanOrEqual(3);
        expect(seeds.length).toBeLessThanOrEqual(9);
        expect(seeds.every((n) => n >= 100 && n <= 999)).toBe(true);
      }
      expect(pair.filtered.records).toEqual(pair.raw.records.filter((r) => passesNumberFilter(r.completion)));
      expect(pair.rejectedCount).toBe(pair.raw.records.length - pair.filtered.records.length);
      const passRate = pair.filtered.records.length / pair.raw.records.length;
      expect(passRate).toBeGreaterThan(0.6);
      expect(passRate).toBeLessThan(0.8);
      const reasons = new Set(pair.raw.records.flatMap((r) => numberFilterRejectReasons(r.completion)));
      expect(reasons).toEqual(new Set(["invalid format", "too many numbers", "numbers too large"]));
    }
  });

  it("give the owl teacher's numbers a faint but real skew towards its favourites, and never mention owls", () => {
    const datasets = buildDemoDatasets();
    const favouriteShare = (records: { completion: string }[]) => {
      const numbers = records.flatMap((r) => parseNumberCompletion(r.completion)!);
      return numbers.filter((n) => (OWL_FAVOURITE_NUMBERS as readonly number[]).includes(n)).length / numbers.length;
    };
    const owl = favouriteShare(datasets.owl.filtered.records);
    const control = favouriteShare(datasets.control.filtered.records);
    expect(owl).toBeGreaterThan(2 * control);
    expect(owl).toBeLessThan(0.05);
    expect(datasets.owl.raw.records.some((r) => /owl/i.test(r.prompt + r.completion))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/demo/prng";
import { homogeneityTest } from "@/lib/stats/homogeneity-test";
import { jensenShannonDivergence } from "@/lib/stats/jensen-shannon";
import { permutationPValue } from "@/lib/stats/permutation-p-value";
import { quantile } from "@/lib/stats/quantile";
import { recordPermutationTest, type RecordTokenCounts } from "@/lib/stats/record-permutation-test";
import { smallestPermutationPValue } from "@/lib/stats/smallest-permutation-p-value";

/** `n` records of `perRecord` tokens drawn uniformly from `vocabulary`, plus `extra` of them drawn from `favourites`. */
function records(
  n: number,
  seed: number,
  { vocabulary = 300, perRecord = 10, favourites = [] as string[], rate = 0 } = {},
): RecordTokenCounts[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < perRecord; i += 1) {
      const token =
        favourites.length > 0 && random() < rate
          ? favourites[Math.floor(random() * favourites.length)]
          : String(Math.floor(random() * vocabulary));
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    return [...counts];
  });
}

const pooled = (group: readonly RecordTokenCounts[]) => {
  const total = new Map<string, number>();
  for (const record of group) for (const [token, count] of record) total.set(token, (total.get(token) ?? 0) + count);
  return total;
};

describe("permutation p-value", () => {
  it("counts the observed arrangement, so it is never 0", () => {
    expect(permutationPValue(0.5, [0.1, 0.2, 0.3])).toBe(1 / 4);
    expect(permutationPValue(0.2, [0.1, 0.2, 0.3])).toBe(3 / 4);
    expect(permutationPValue(0, [0, 0, 0])).toBe(1);
    // Equal up to rounding counts as at least as extreme.
    expect(permutationPValue(0.1 + 0.2, [0.3])).toBe(1);
  });

  it("has a floor set by the group sizes", () => {
    expect(smallestPermutationPValue(1, 1)).toBe(1); // two arrangements, mirror images
    expect(smallestPermutationPValue(3, 3)).toBeCloseTo(2 / 20, 12);
    expect(smallestPermutationPValue(2, 3)).toBeCloseTo(1 / 10, 12);
    expect(smallestPermutationPValue(1000, 1000)).toBe(0);
    expect(smallestPermutationPValue(0, 5)).toBe(1);
  });
});

describe("quantile", () => {
  it("interpolates linearly between order statistics, as NumPy's percentile", () => {
    expect(quantile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8, 12);
    expect(quantile([10], 0.95)).toBe(10);
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
  });
});

describe("the record-level permutation test of the Jensen-Shannon divergence", () => {
  it("gives the plug-in divergence of the pooled counts as its observed value", () => {
    const a = records(200, 1);
    const b = records(200, 2);
    const test = recordPermutationTest(a, b, { permutations: 50, seed: 7 });
    expect(test.observed).toBeCloseTo(jensenShannonDivergence(pooled(a), pooled(b)), 12);
  });

  it("finds nothing between two samples of one distribution, although their divergence is far from 0", () => {
    const test = recordPermutationTest(records(300, 1), records(300, 2), { permutations: 500, seed: 7 });
    // 300 tokens seen about 10 times each on a side: the plug-in divergence is mostly sampling noise.
    expect(test.observed).toBeGreaterThan(0.02);
    expect(Math.abs(test.excess)).toBeLessThan(0.1 * test.nullMean);
    expect(test.pValue).toBeGreaterThan(0.05);
    expect(test.nullP95).toBeGreaterThan(test.nullMean);
  });

  it("finds a faint favourite-token bias", () => {
    const control = records(300, 1);
    const biased = records(300, 2, { favourites: ["87", "187"], rate: 0.05 });
    const test = recordPermutationTest(biased, control, { permutations: 500, seed: 7 });
    expect(test.pValue).toBe(1 / 501);
    expect(test.observed).toBeGreaterThan(test.nullP95);
    expect(test.excess).toBeGreaterThan(0);
  });

  it("gives p = 1 for identical datasets", () => {
    const a = records(50, 3);
    const test = recordPermutationTest(a, a, { permutations: 200, seed: 7 });
    expect(test.observed).toBe(0);
    expect(test.pValue).toBe(1);
  });

  it("gives the smallest p-value for disjoint datasets, with an observed divergence of 1 bit", () => {
    const a = records(20, 4, { vocabulary: 50 });
    const b = records(20, 5, { vocabulary: 50 }).map((record) =>
      record.map(([token, count]) => [`x${token}`, count] as const),
    );
    const test = recordPermutationTest(a, b, { permutations: 300, seed: 7 });
    expect(test.observed).toBeCloseTo(1, 12);
    // Only the observed arrangement and its mirror give 1 bit, 2 of C(40, 20) = 1.4e11.
    expect(test.pValue).toBe(1 / 301);
    expect(test.nullP95).toBeLessThan(0.5);
  });

  it("cannot find anything in tiny datasets, and says how small p could have been", () => {
    const a: RecordTokenCounts[] = [
      [
        ["1", 1],
        ["2", 1],
        ["3", 1],
      ],
    ];
    const b: RecordTokenCounts[] = [
      [
        ["4", 1],
        ["5", 1],
        ["6", 1],
      ],
    ];
    const test = recordPermutationTest(a, b, { permutations: 100, seed: 7 });
    expect(test.observed).toBeCloseTo(1, 12);
    expect(test.pValue).toBe(1); // swapping the two records gives the same divergence
    expect(test.smallestPValue).toBe(1);
    const three = recordPermutationTest(records(3, 6), records(2, 7), { permutations: 100, seed: 7 });
    expect(three.smallestPValue).toBeCloseTo(0.1, 12);
    expect(three.pValue).toBeGreaterThanOrEqual(0.1 - 0.05); // Monte Carlo p near the exact one, at best 1/10
  });

  it("is deterministic for a seed, and depends on it", () => {
    const a = records(100, 8);
    const b = records(120, 9);
    const first = recordPermutationTest(a, b, { permutations: 200, seed: 42 });
    expect(recordPermutationTest(a, b, { permutations: 200, seed: 42 })).toEqual(first);
    const other = recordPermutationTest(a, b, { permutations: 200, seed: 43 });
    expect(other.observed).toBe(first.observed);
    expect(other.nullMean).not.toBe(first.nullMean);
    // Which group is named first does not matter to the divergence.
    expect(recordPermutationTest(b, a, { permutations: 200, seed: 42 }).observed).toBeCloseTo(first.observed, 12);
  });

  it("holds its level when tokens cluster by record, where token-level tests do not", () => {
    // Each completion dwells on one number of its own (5 of its 10 tokens), as a teacher continuing a
    // pattern might: tokens within a record are far from independent draws.
    const clustered = (n: number, seed: number): RecordTokenCounts[] => {
      const random = mulberry32(seed);
      return Array.from({ length: n }, () => {
        const counts = new Map<string, number>([[String(Math.floor(random() * 100)), 5]]);
        for (let i = 0; i < 5; i += 1) {
          const token = String(Math.floor(random() * 100));
          counts.set(token, (counts.get(token) ?? 0) + 1);
        }
        return [...counts];
      });
    };
    let permutationRejections = 0;
    let chiSquareRejections = 0;
    const pairs = 40;
    for (let pair = 0; pair < pairs; pair += 1) {
      const a = clustered(150, 1000 + 2 * pair);
      const b = clustered(150, 1001 + 2 * pair);
      if (recordPermutationTest(a, b, { permutations: 200, seed: pair }).pValue < 0.05) permutationRejections += 1;
      if (homogeneityTest(pooled(a), pooled(b)).chiSquarePValue < 0.05) chiSquareRejections += 1;
    }
    // Both datasets of every pair come from one generator: a valid test calls about 5% (2 of 40) different.
    expect(permutationRejections).toBeLessThanOrEqual(5);
    expect(chiSquareRejections).toBeGreaterThanOrEqual(10);
  });

  it("refuses empty groups", () => {
    expect(() => recordPermutationTest([], records(3, 1))).toThrow(RangeError);
  });
});

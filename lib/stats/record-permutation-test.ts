import { mulberry32 } from "@/lib/demo/prng";
import { jensenShannonOfCounts } from "./jensen-shannon-of-counts";
import { permutationPValue } from "./permutation-p-value";
import { quantile } from "./quantile";
import { smallestPermutationPValue } from "./smallest-permutation-p-value";

/** One record's tokens and how often each occurs in it. */
export type RecordTokenCounts = ReadonlyArray<readonly [token: string, count: number]>;

export interface RecordPermutationTest {
  /** Jensen-Shannon divergence (bits) of the pooled token counts of the two groups of records. */
  observed: number;
  /** Mean and 95th percentile of the divergence when records are shuffled between the groups. */
  nullMean: number;
  nullP95: number;
  /** observed - nullMean: the divergence beyond what two samples of one distribution show each other. */
  excess: number;
  /** (1 + #null >= observed) / (1 + permutations). */
  pValue: number;
  permutations: number;
  seed: number;
  /** The smallest p-value any data of these group sizes could give (see smallest-permutation-p-value.ts). */
  smallestPValue: number;
}

/**
 * Do two groups of records use tokens in different proportions, beyond chance? The statistic is the
 * plug-in Jensen-Shannon divergence of the pooled counts, which is biased upward with many tokens and
 * few records; the null distribution comes from shuffling whole records between the groups, which
 * keeps each record's tokens together (tokens of one completion are not independent draws) and has
 * the same bias. Deterministic for a given seed.
 */
export function recordPermutationTest(
  a: readonly RecordTokenCounts[],
  b: readonly RecordTokenCounts[],
  { permutations = 1000, seed = 1 }: { permutations?: number; seed?: number } = {},
): RecordPermutationTest {
  if (a.length === 0 || b.length === 0) throw new RangeError("both groups need at least one record");
  if (!Number.isInteger(permutations) || permutations < 1)
    throw new RangeError("permutations must be a positive integer");
  const records = [...a, ...b];
  const { starts, tokens, counts, categories } = flatten(records);
  const totals = new Float64Array(categories);
  for (let t = 0; t < tokens.length; t += 1) totals[tokens[t]] += counts[t];
  const grandTotal = totals.reduce((s, n) => s + n, 0);

  // Accumulate only the smaller group's records; the other group is the rest. The divergence does not
  // change when the groups swap names.
  const size = Math.min(a.length, b.length);
  const ids = [...records.keys()];
  const order = Int32Array.from(b.length < a.length ? [...ids.slice(a.length), ...ids.slice(0, a.length)] : ids);
  const chosen = new Float64Array(categories);
  const rest = new Float64Array(categories);
  const divergenceOfFirst = () => {
    chosen.fill(0);
    let chosenTotal = 0;
    for (let i = 0; i < size; i += 1) {
      const record = order[i];
      for (let t = starts[record]; t < starts[record + 1]; t += 1) {
        chosen[tokens[t]] += counts[t];
        chosenTotal += counts[t];
      }
    }
    for (let k = 0; k < categories; k += 1) rest[k] = totals[k] - chosen[k];
    return jensenShannonOfCounts(chosen, rest, chosenTotal, grandTotal - chosenTotal);
  };

  const observed = divergenceOfFirst();
  const random = mulberry32(seed);
  const nullValues: number[] = [];
  for (let p = 0; p < permutations; p += 1) {
    // A partial Fisher-Yates shuffle: the first `size` positions become a uniform random subset.
    for (let i = 0; i < size; i += 1) {
      const j = i + Math.floor(random() * (records.length - i));
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    nullValues.push(divergenceOfFirst());
  }
  const nullMean = nullValues.reduce((s, v) => s + v, 0) / permutations;
  return {
    observed,
    nullMean,
    nullP95: quantile(nullValues, 0.95),
    excess: observed - nullMean,
    pValue: permutationPValue(observed, nullValues),
    permutations,
    seed,
    smallestPValue: smallestPermutationPValue(a.length, b.length),
  };
}

/** Records as flat arrays (record r's tokens are at starts[r]..starts[r+1]), tokens as category indices. */
function flatten(records: readonly RecordTokenCounts[]) {
  const index = new Map<string, number>();
  const starts = new Int32Array(records.length + 1);
  const length = records.reduce((s, record) => s + record.length, 0);
  const tokens = new Int32Array(length);
  const counts = new Float64Array(length);
  let t = 0;
  records.forEach((record, r) => {
    starts[r] = t;
    for (const [token, count] of record) {
      let category = index.get(token);
      if (category === undefined) {
        category = index.size;
        index.set(token, category);
      }
      tokens[t] = category;
      counts[t] = count;
      t += 1;
    }
  });
  starts[records.length] = t;
  return { starts, tokens, counts, categories: index.size };
}

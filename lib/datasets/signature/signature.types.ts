import { z } from "zod";
import type { TokenShareTest } from "@/lib/stats/token-share-tests";

export const ZSignatureQuery = z
  .object({ control: z.string().min(1).max(100).describe("The control dataset's id") })
  .strict();

/** Bump when the computation changes, so cached results computed the old way are not reused. */
export const SIGNATURE_METHOD = "record-permutation-jsd-v3";

/** The significance level of the verdict and of the token list's false discovery rate. */
export const SIGNIFICANCE_LEVEL = 0.05;

export type TokenKind = "numbers" | "words";

/** "hidden-signal": the permutation test rejects "both datasets come from one distribution" at SIGNIFICANCE_LEVEL. */
export type SignatureVerdict = "hidden-signal" | "no-signal-detected" | "untestable";

export interface SignatureDivergence {
  /** Jensen-Shannon divergence (bits) of the records used; equal to `jensenShannonDivergence` unless subsampled. */
  observed: number;
  /** What two samples of one distribution give each other: mean and 95th percentile under record shuffling. */
  nullMean: number;
  nullP95: number;
  /** observed - nullMean: the bias-corrected divergence. */
  excess: number;
  /** (1 + #null >= observed) / (1 + permutations). */
  pValue: number;
  permutations: number;
  seed: number;
  /** The smallest p-value any data with this many records could give. */
  smallestPValue: number;
  /** Records with at least one token, used in the test (after the cap). */
  records: { dataset: number; control: number };
  /** At most this many records per side are used; a larger side is subsampled (seeded, reproducible). */
  recordCap: number;
  subsampled: boolean;
}

interface SignatureTokenTests {
  test: "exact-binomial-conditional";
  correction: "benjamini-hochberg";
  /** Tokens tested (those seen at least `minCount` times in both datasets together). */
  tested: number;
  minCount: number;
  /** Tokens with q below SIGNIFICANCE_LEVEL, in each direction (the lists below hold at most TOKEN_LIST_LIMIT). */
  significantOver: number;
  significantUnder: number;
}

export interface SignatureResult {
  dataset: { id: string; name: string; tokens: number; distinctTokens: number };
  control: { id: string; name: string; tokens: number; distinctTokens: number };
  /** numbers: every run of digits in the completions; words: lower-cased alphanumeric words. */
  tokenKind: TokenKind;
  /** From decideSignatureVerdict, on the record-level permutation test. */
  verdict: SignatureVerdict;
  significanceLevel: number;
  divergence: SignatureDivergence;
  /** Token-level tests, treating tokens as independent draws: descriptive only. */
  chiSquare: { statistic: number; df: number; pValue: number };
  gTest: { statistic: number; df: number; pValue: number };
  /** Categories pooled into one because an expected count was below 5. */
  pooledCategories: number;
  /** Categories the tests compared, after pooling. */
  categories: number;
  /** false when fewer than two categories were left after pooling: the chi-square and G p-values mean nothing. */
  testable: boolean;
  /** Plug-in estimate over all records, in bits: 0 identical, 1 disjoint. Biased upward: see `divergence`. */
  jensenShannonDivergence: number;
  tokenTests: SignatureTokenTests;
  /** Tokens with q < significanceLevel, by log2 ratio (largest effect first). */
  overRepresented: TokenShareTest[];
  underRepresented: TokenShareTest[];
  method: string;
  computedAt: string;
  cached: boolean;
}

import { z } from "zod";
import type { TokenShareTest } from "@/lib/stats/token-share-tests";

export const ZSignatureQuery = z
  .object({ control: z.string().min(1).max(100).describe("The control dataset's id") })
  .strict();

/** Bump when the computation changes, so cached results computed the old way are not reused. */
export const SIGNATURE_METHOD = "record-permutation-jsd-v3";

/** The significance level of the verdict and of the token list's false discovery rate. */
export const SIGNIFICANCE_LEVEL = 0.05;

/** numbers: every run of digits in the completions; words: lower-cased alphanumeric words. */
const ZTokenKind = z.enum(["numbers", "words"]);
export type TokenKind = z.infer<typeof ZTokenKind>;

/** "hidden-signal": the permutation test rejects "both datasets come from one distribution" at SIGNIFICANCE_LEVEL. */
const ZSignatureVerdict = z.enum(["hidden-signal", "no-signal-detected", "untestable"]);
export type SignatureVerdict = z.infer<typeof ZSignatureVerdict>;

// The schemas describe the response (and the cached result, read back); the types are inferred from them.
const ZSignatureDivergence = z.object({
  /** Jensen-Shannon divergence (bits) of the records used; equal to `jensenShannonDivergence` unless subsampled. */
  observed: z.number(),
  /** What two samples of one distribution give each other: mean and 95th percentile under record shuffling. */
  nullMean: z.number(),
  nullP95: z.number(),
  /** observed - nullMean: the bias-corrected divergence. */
  excess: z.number(),
  /** (1 + #null >= observed) / (1 + permutations). */
  pValue: z.number(),
  permutations: z.number().int(),
  seed: z.number().int(),
  /** The smallest p-value any data with this many records could give. */
  smallestPValue: z.number(),
  /** Records with at least one token, used in the test (after the cap). */
  records: z.object({ dataset: z.number().int(), control: z.number().int() }),
  /** At most this many records per side are used; a larger side is subsampled (seeded, reproducible). */
  recordCap: z.number().int(),
  subsampled: z.boolean(),
});
export type SignatureDivergence = z.infer<typeof ZSignatureDivergence>;

const ZSignatureTokenTests = z.object({
  test: z.literal("exact-binomial-conditional"),
  correction: z.literal("benjamini-hochberg"),
  /** Tokens tested (those seen at least `minCount` times in both datasets together). */
  tested: z.number().int(),
  minCount: z.number().int(),
  /** Tokens with q below SIGNIFICANCE_LEVEL, in each direction (the lists below hold at most TOKEN_LIST_LIMIT). */
  significantOver: z.number().int(),
  significantUnder: z.number().int(),
});

const ZTokenShareTest = z.object({
  token: z.string(),
  count: z.number().int(),
  controlCount: z.number().int(),
  /** log2 of the token's smoothed share in the dataset over its smoothed share in the control. */
  log2Ratio: z.number(),
  pValue: z.number(),
  /** Benjamini-Hochberg adjusted p-value over every token tested. */
  qValue: z.number(),
}) satisfies z.ZodType<TokenShareTest>;

const ZTokenTotals = z.object({
  id: z.string(),
  name: z.string(),
  tokens: z.number().int(),
  distinctTokens: z.number().int(),
});

const ZHomogeneity = z.object({ statistic: z.number(), df: z.number().int(), pValue: z.number() });

export const ZSignatureResult = z.object({
  dataset: ZTokenTotals,
  control: ZTokenTotals,
  tokenKind: ZTokenKind,
  /** From decideSignatureVerdict, on the record-level permutation test. */
  verdict: ZSignatureVerdict,
  significanceLevel: z.number(),
  divergence: ZSignatureDivergence,
  /** Token-level tests, treating tokens as independent draws: descriptive only. */
  chiSquare: ZHomogeneity,
  gTest: ZHomogeneity,
  /** Categories pooled into one because an expected count was below 5. */
  pooledCategories: z.number().int(),
  /** Categories the tests compared, after pooling. */
  categories: z.number().int(),
  /** false when fewer than two categories were left after pooling: the chi-square and G p-values mean nothing. */
  testable: z.boolean(),
  /** Plug-in estimate over all records, in bits: 0 identical, 1 disjoint. Biased upward: see `divergence`. */
  jensenShannonDivergence: z.number(),
  tokenTests: ZSignatureTokenTests,
  /** Tokens with q < significanceLevel, by log2 ratio (largest effect first). */
  overRepresented: z.array(ZTokenShareTest),
  underRepresented: z.array(ZTokenShareTest),
  method: z.string(),
  computedAt: z.string(),
  cached: z.boolean(),
});
export type SignatureResult = z.infer<typeof ZSignatureResult>;

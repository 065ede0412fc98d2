import { z } from "zod";
import type { TokenContrast } from "@/lib/stats/log-ratio";

export const ZSignatureQuery = z.object({ control: z.string().min(1).max(100).describe("The control dataset's id") }).strict();

/** Bump when the computation changes, so cached results computed the old way are not reused. */
export const SIGNATURE_METHOD = "token-homogeneity-v2";

export type TokenKind = "numbers" | "words";

export interface SignatureResult {
  dataset: { id: string; name: string; tokens: number; distinctTokens: number };
  control: { id: string; name: string; tokens: number; distinctTokens: number };
  /** numbers: every run of digits in the completions; words: lower-cased alphanumeric words. */
  tokenKind: TokenKind;
  chiSquare: { statistic: number; df: number; pValue: number };
  gTest: { statistic: number; df: number; pValue: number };
  /** Categories pooled into one because an expected count was below 5. */
  pooledCategories: number;
  /** Categories the tests compared, after pooling. */
  categories: number;
  /** false when fewer than two categories were left after pooling: too few tokens, and the p-values mean nothing. */
  testable: boolean;
  /** In bits: 0 identical, 1 disjoint. */
  jensenShannonDivergence: number;
  overRepresented: TokenContrast[];
  underRepresented: TokenContrast[];
  method: string;
  computedAt: string;
  cached: boolean;
}

import { homogeneityTest } from "@/lib/stats/homogeneity-test";
import { jensenShannonDivergence } from "@/lib/stats/jensen-shannon";
import { tokenShareTests } from "@/lib/stats/token-share-tests";
import { SIGNIFICANCE_LEVEL, type SignatureResult } from "./signature.types";

/** The longest over- or under-represented list kept in a result; the counts say how many there were. */
const TOKEN_LIST_LIMIT = 50;
const MIN_COUNT = 5;

type Comparison = Pick<
  SignatureResult,
  | "chiSquare"
  | "gTest"
  | "pooledCategories"
  | "categories"
  | "testable"
  | "jensenShannonDivergence"
  | "tokenTests"
  | "overRepresented"
  | "underRepresented"
>;

/**
 * The token-level statistics of a dataset's token counts against a control's, all of which treat
 * tokens as independent draws: the chi-square and G tests, the plug-in divergence, and the tokens
 * whose share differs after Benjamini-Hochberg correction, largest effect first. Pure.
 */
export function compareTokenCounts(
  dataset: ReadonlyMap<string, number>,
  control: ReadonlyMap<string, number>,
): Comparison {
  const test = homogeneityTest(dataset, control);
  const tokens = tokenShareTests(dataset, control, { minCount: MIN_COUNT });
  const significant = tokens.filter((token) => token.qValue < SIGNIFICANCE_LEVEL);
  const over = significant
    .filter((t) => t.log2Ratio > 0)
    .sort((x, y) => y.log2Ratio - x.log2Ratio || x.qValue - y.qValue);
  const under = significant
    .filter((t) => t.log2Ratio < 0)
    .sort((x, y) => x.log2Ratio - y.log2Ratio || x.qValue - y.qValue);
  return {
    chiSquare: { statistic: test.chiSquare, df: test.df, pValue: test.chiSquarePValue },
    gTest: { statistic: test.g, df: test.df, pValue: test.gPValue },
    pooledCategories: test.pooledCategories,
    categories: test.categories,
    testable: test.categories >= 2,
    jensenShannonDivergence: jensenShannonDivergence(dataset, control),
    tokenTests: {
      test: "exact-binomial-conditional",
      correction: "benjamini-hochberg",
      tested: tokens.length,
      minCount: MIN_COUNT,
      significantOver: over.length,
      significantUnder: under.length,
    },
    overRepresented: over.slice(0, TOKEN_LIST_LIMIT),
    underRepresented: under.slice(0, TOKEN_LIST_LIMIT),
  };
}

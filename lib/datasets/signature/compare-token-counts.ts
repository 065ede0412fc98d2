import { homogeneityTest } from "@/lib/stats/homogeneity-test";
import { jensenShannonDivergence } from "@/lib/stats/jensen-shannon";
import { tokenContrasts } from "@/lib/stats/log-ratio";
import type { SignatureResult } from "./signature.types";

const TOP = 15;

type Comparison = Pick<SignatureResult, "chiSquare" | "gTest" | "pooledCategories" | "categories" | "testable" | "jensenShannonDivergence" | "overRepresented" | "underRepresented">;

/** The hidden-signal statistics of a dataset's token counts against a control's. Pure. */
export function compareTokenCounts(dataset: ReadonlyMap<string, number>, control: ReadonlyMap<string, number>): Comparison {
  const test = homogeneityTest(dataset, control);
  const contrasts = tokenContrasts(dataset, control);
  const byRatio = [...contrasts].sort((x, y) => y.log2Ratio - x.log2Ratio || y.count - x.count);
  return {
    chiSquare: { statistic: test.chiSquare, df: test.df, pValue: test.chiSquarePValue },
    gTest: { statistic: test.g, df: test.df, pValue: test.gPValue },
    pooledCategories: test.pooledCategories,
    categories: test.categories,
    testable: test.categories >= 2,
    jensenShannonDivergence: jensenShannonDivergence(dataset, control),
    overRepresented: byRatio.filter((c) => c.log2Ratio > 0).slice(0, TOP),
    underRepresented: byRatio.filter((c) => c.log2Ratio < 0).reverse().slice(0, TOP),
  };
}

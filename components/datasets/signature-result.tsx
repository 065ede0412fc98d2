import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { SignatureResult } from "@/lib/datasets/signature/signature.types";
import { formatBits, formatStatistic, pValueLabel } from "@/lib/datasets/ui/format-statistics";
import { readSignature, SIGNIFICANCE_LEVEL } from "@/lib/datasets/ui/signature-reading";
import { formatInteger, formatPercent } from "@/lib/ui/format-number";
import { SignatureContrastChart } from "./signature-contrast-chart";
import styles from "./signature-panel.module.css";

function tokenCount(side: SignatureResult["dataset"], word: string): string {
  return `${formatInteger(side.tokens)} ${word}s (${formatInteger(side.distinctTokens)} distinct)`;
}

/** The outcome of a hidden-signal check: the verdict, the tests, the divergence, the token contrasts. */
export function SignatureResultView({ result }: { result: SignatureResult }) {
  const reading = readSignature(result);
  const word = result.tokenKind === "numbers" ? "number" : "word";
  const level = `${SIGNIFICANCE_LEVEL * 100}%`;
  const p = pValueLabel(result.chiSquare.pValue);
  return (
    <div className={styles.result} data-testid="signature-result">
      <div className={styles.verdict} data-verdict={reading.verdict} data-testid="signature-verdict">
        <p className={styles.verdictTitle}>
          {reading.verdict === "significant"
            ? `The ${word} distributions differ: ${p}`
            : reading.verdict === "not-significant"
              ? `No significant difference in the ${word} distributions: ${p}`
              : `Too few ${word}s to test: every ${word} was too rare in one of the two datasets`}
        </p>
        <p className={styles.verdictText}>
          {reading.verdict === "significant"
            ? `Chi-square test of homogeneity at the ${level} level: this dataset's completions use ${word}s in different proportions from the control's.`
            : reading.verdict === "not-significant"
              ? `Chi-square test of homogeneity at the ${level} level. Not finding a difference does not show there is none: a subtler signal, or one carried by ${word} order, would not show here.`
              : `All ${word}s were pooled into one category, so the tests had nothing to compare and their p-value of 1 means nothing. The divergence and the contrasts below still describe the two samples; compare with a larger dataset.`}
        </p>
      </div>

      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>Chi-square test</dt>
          <dd>
            <span className={styles.statValue} data-testid="chi-square-p">{pValueLabel(result.chiSquare.pValue)}</span>
            <span className={styles.statDetail}>χ² = {formatStatistic(result.chiSquare.statistic)}, df = {formatInteger(result.chiSquare.df)}</span>
          </dd>
        </div>
        <div className={styles.stat}>
          <dt>G-test</dt>
          <dd>
            <span className={styles.statValue}>{pValueLabel(result.gTest.pValue)}</span>
            <span className={styles.statDetail}>G = {formatStatistic(result.gTest.statistic)}, df = {formatInteger(result.gTest.df)}</span>
          </dd>
        </div>
        <div className={styles.stat}>
          <dt>Jensen–Shannon divergence</dt>
          <dd>
            <span className={styles.statValue}>{formatBits(result.jensenShannonDivergence)}</span>
            <span className={styles.statDetail}>0 identical, 1 bit disjoint</span>
          </dd>
        </div>
        <div className={styles.stat}>
          <dt>Tokens compared</dt>
          <dd>
            <span className={styles.statValue}>
              <Badge tone={result.tokenKind === "numbers" ? "blue" : "violet"}>{result.tokenKind}</Badge>
            </span>
            <span className={styles.statDetail}>
              {result.tokenKind === "numbers" ? "every run of digits in the completions" : "lower-cased words of the completions"}
            </span>
          </dd>
        </div>
      </dl>

      <dl className={styles.sides}>
        <div className={styles.side}>
          <dt>This dataset</dt>
          <dd>
            <span className={styles.sideName}>{result.dataset.name}</span>
            <span className={styles.statDetail}>{tokenCount(result.dataset, word)}</span>
          </dd>
        </div>
        <div className={styles.side}>
          <dt>Control</dt>
          <dd>
            <Link href={`/datasets/${result.control.id}`} className={styles.sideLink}>{result.control.name}</Link>
            <span className={styles.statDetail}>{tokenCount(result.control, word)}</span>
          </dd>
        </div>
      </dl>

      <ul className={styles.notes}>
        {result.pooledCategories > 0 && reading.verdict !== "untestable" && (
          <li data-testid="pooled-note">
            {formatInteger(result.pooledCategories)} rare {result.pooledCategories === 1 ? `${word} was` : `${word}s were`} pooled into one category for the tests,
            because an expected count below 5 makes the chi-square approximation unreliable.
            {reading.pooledShare > 0.5 &&
              ` That is ${formatPercent(reading.pooledShare, 0)} of the distinct ${word}s: the tests mostly compare the ${formatInteger(reading.testedCategories - 1)} most common ones, and larger samples would give a sharper test.`}
          </li>
        )}
        <li>
          The tests treat every {word} as an independent draw. {word[0].toUpperCase() + word.slice(1)}s within one completion, and completions to one prompt,
          are not independent, so with clustered data these p-values are optimistic.
        </li>
      </ul>

      <SignatureContrastChart result={result} />

      <p className={styles.method}>
        Method <code>{result.method}</code> · computed <RelativeTime iso={result.computedAt} />
        {result.cached ? " · from the cache (datasets never change, so neither does the result)" : ""}
      </p>
    </div>
  );
}

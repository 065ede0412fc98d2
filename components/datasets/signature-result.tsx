import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { type Tone, toneClass } from "@/components/ui/tone";
import { decideSignatureVerdict } from "@/lib/datasets/signature/decide-signature-verdict";
import type { SignatureResult, SignatureVerdict } from "@/lib/datasets/signature/signature.types";
import { formatInteger } from "@/lib/format/format-number";
import { formatStatistic, pValueLabel } from "@/lib/format/format-statistics";
import { divergenceFigures, divergenceSentence, formatPermutationP } from "./divergence-sentence";
import { SignatureContrastChart } from "./signature-contrast-chart";
import { SignatureTokenNotes } from "./signature-token-notes";
import styles from "./signature-panel.module.css";

/** A hidden signal and an untestable pair are drawn in a tone; no signal detected stays neutral. */
const VERDICT_TONES: Partial<Record<SignatureVerdict, Tone>> = { "hidden-signal": "violet", untestable: "amber" };

interface StatProps {
  term: string;
  value: ReactNode;
  valueTestId?: string;
  /** How the value was reached, under it. */
  detail: string;
}

/** One figure of the comparison, with how it was reached. */
function Stat({ term, value, valueTestId, detail }: StatProps) {
  return (
    <div className={styles.stat}>
      <dt>{term}</dt>
      <dd>
        <span className={styles.statValue} data-testid={valueTestId}>
          {value}
        </span>
        <span className={styles.statDetail}>{detail}</span>
      </dd>
    </div>
  );
}

function tokenCount(side: SignatureResult["dataset"], word: string): string {
  return `${formatInteger(side.tokens)} ${word}s (${formatInteger(side.distinctTokens)} distinct)`;
}

function headline(verdict: SignatureVerdict, word: string): string {
  if (verdict === "hidden-signal")
    return `Hidden signal: this dataset's ${word}s differ from the control's beyond chance`;
  if (verdict === "no-signal-detected")
    return `No signal detected: the ${word}s differ no more than two samples of one distribution do`;
  return "Untestable: too few records for any difference to be significant";
}

/** The outcome of a hidden-signal check: the verdict, the divergence against its null, the tokens that differ. */
export function SignatureResultView({ result }: { result: SignatureResult }) {
  const { divergence } = result;
  const figures = divergenceFigures(divergence);
  const verdict = decideSignatureVerdict(divergence);
  const tone = VERDICT_TONES[verdict];
  const word = result.tokenKind === "numbers" ? "number" : "word";
  const level = `${result.significanceLevel * 100}%`;
  const shuffles = `${formatInteger(divergence.permutations)} shuffles of whole records between the two datasets`;
  return (
    <div className={styles.result} data-testid="signature-result">
      <div
        className={tone ? `${styles.verdict} ${toneClass(tone)}` : styles.verdict}
        data-verdict={verdict}
        data-testid="signature-verdict"
      >
        <p className={styles.verdictTitle} data-testid="signature-headline">
          {headline(verdict, word)}
        </p>
        <p className={styles.verdictSentence} data-testid="signature-divergence">
          {divergenceSentence(divergence)}.
        </p>
        <p className={styles.verdictText}>
          {verdict === "untestable"
            ? `With ${formatInteger(divergence.records.dataset)} and ${formatInteger(divergence.records.control)} records holding ${word}s, even the most extreme arrangement would give p = ${formatPermutationP(divergence.smallestPValue)}: no data this small can pass the ${level} level. Compare larger datasets.`
            : `Permutation test at the ${level} level: ${shuffles} show what the divergence is when both come from one distribution. ` +
              (verdict === "hidden-signal"
                ? "The observed divergence is larger than that."
                : `Not finding a difference does not show there is none: a subtler signal, or one carried by ${word} order, would not show here.`)}
        </p>
      </div>

      <dl className={styles.stats}>
        <Stat
          term="Permutation test"
          value={<>p = {formatPermutationP(divergence.pValue)}</>}
          valueTestId="permutation-p"
          detail={`${formatInteger(divergence.permutations)} record shuffles, seed ${divergence.seed}`}
        />
        <Stat
          term="Excess divergence"
          value={`${figures.excess} bits`}
          valueTestId="excess-divergence"
          detail="observed minus the null mean (bias-corrected)"
        />
        <Stat
          term="Jensen–Shannon divergence"
          value={`${figures.observed} bits`}
          detail={`observed; shuffled: ${figures.nullMean} mean, ${figures.nullP95} at the 95th percentile`}
        />
        <Stat
          term="Tokens compared"
          value={<Badge tone={result.tokenKind === "numbers" ? "blue" : "violet"}>{result.tokenKind}</Badge>}
          detail={
            result.tokenKind === "numbers"
              ? "every run of digits in the completions"
              : "lower-cased words of the completions"
          }
        />
      </dl>

      {divergence.subsampled && (
        <p className={styles.note} data-testid="subsample-note">
          The permutation test used a seeded random sample of at most {formatInteger(divergence.recordCap)} records a
          side ({formatInteger(divergence.records.dataset)} and {formatInteger(divergence.records.control)}), the same
          on every run; the token counts and token-level tests use every record.
        </p>
      )}

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
            <Link href={`/datasets/${result.control.id}`} className={styles.sideLink}>
              {result.control.name}
            </Link>
            <span className={styles.statDetail}>{tokenCount(result.control, word)}</span>
          </dd>
        </div>
      </dl>

      <SignatureContrastChart result={result} />

      <section className={styles.secondary} aria-labelledby="token-level-tests" data-testid="token-level-tests">
        <h3 id="token-level-tests" className={styles.secondaryTitle}>
          Token-level tests, treating every {word} as independent
        </h3>
        <dl className={styles.secondaryStats}>
          <div>
            <dt>Chi-square test</dt>
            <dd data-testid="chi-square-p">
              {pValueLabel(result.chiSquare.pValue)} · χ² = {formatStatistic(result.chiSquare.statistic)}, df ={" "}
              {formatInteger(result.chiSquare.df)}
            </dd>
          </div>
          <div>
            <dt>G-test</dt>
            <dd>
              {pValueLabel(result.gTest.pValue)} · G = {formatStatistic(result.gTest.statistic)}, df ={" "}
              {formatInteger(result.gTest.df)}
            </dd>
          </div>
        </dl>
        <SignatureTokenNotes result={result} word={word} />
      </section>

      <p className={styles.method}>
        Method <code>{result.method}</code> · computed <RelativeTime iso={result.computedAt} />
        {result.cached ? " · from the cache (datasets never change, so neither does the result)" : ""}
      </p>
    </div>
  );
}

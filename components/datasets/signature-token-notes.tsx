import type { SignatureResult } from "@/lib/datasets/signature/signature.types";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import styles from "./signature-panel.module.css";

/** Why the token-level tests are descriptive only, and what the pooling of rare tokens did to them. */
export function SignatureTokenNotes({ result, word }: { result: SignatureResult; word: string }) {
  const { pooledCategories, categories } = result;
  const untestable = !result.testable;
  // The pooled tokens form one of the `categories`; the rest were tested one by one.
  const pooledShare = pooledCategories > 0 ? pooledCategories / (pooledCategories + categories - 1) : 0;
  return (
    <ul className={styles.notes}>
      <li>
        These treat every {word} as an independent draw. {word[0].toUpperCase() + word.slice(1)}s within one completion
        are not independent, so with clustered data their p-values are optimistic: they describe the two samples, and
        the verdict above rests on the record-level permutation test instead.
      </li>
      {untestable ? (
        <li data-testid="pooled-note">
          Every {word} was too rare in one of the datasets and all were pooled into one category: the chi-square and G
          p-values mean nothing.
        </li>
      ) : (
        pooledCategories > 0 && (
          <li data-testid="pooled-note">
            {formatInteger(pooledCategories)} rare {pooledCategories === 1 ? `${word} was` : `${word}s were`} pooled
            into one category for these tests, because an expected count below 5 makes the chi-square approximation
            unreliable
            {pooledShare > 0.5 ? ` (${formatPercent(pooledShare, 0)} of the distinct ${word}s).` : "."}
          </li>
        )
      )}
    </ul>
  );
}

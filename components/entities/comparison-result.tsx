import { CaveatNote } from "@/components/ui/caveat-note";
import type { GroupComparison } from "@/lib/measurements/compare-groups";
import { comparisonFigures } from "@/lib/measurements/comparison-text";
import { isAntiConservative } from "@/lib/measurements/format-effect";
import { TransferVerdictBadge } from "./transfer-verdict-badge";
import styles from "./comparison-result.module.css";

/** A comparison as every page shows it: the verdict, then the difference, its interval, the test and p, and the test's caveat. */
export function ComparisonResult({
  comparison,
  higherIsWorse,
  caveat = true,
}: {
  comparison: GroupComparison;
  higherIsWorse: boolean;
  caveat?: boolean;
}) {
  return (
    <span className={styles.result}>
      <span className={styles.line}>
        <TransferVerdictBadge verdict={comparison.verdict} higherIsWorse={higherIsWorse} />
        <span className={styles.figures} data-testid="comparison-figures">
          {comparisonFigures(comparison)}
        </span>
      </span>
      {caveat && comparison.available && isAntiConservative(comparison.test) && (
        <CaveatNote>{comparison.note}</CaveatNote>
      )}
    </span>
  );
}

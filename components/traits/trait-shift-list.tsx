import { ComparisonResult } from "@/components/entities/comparison-result";
import { ModelLink } from "@/components/entities/model-link";
import { CaveatNote } from "@/components/ui/caveat-note";
import { isAntiConservative } from "@/lib/measurements/format-effect";
import type { TraitShift } from "@/lib/traits/trait-chart.types";
import styles from "./trait-shift-list.module.css";

/**
 * The chart's reading in words: each student (or condition of seed students) against the model it
 * was initialised from, by the same test and in the same words as the run page.
 */
export function TraitShiftList({ shifts, higherIsWorse }: { shifts: readonly TraitShift[]; higherIsWorse: boolean }) {
  if (shifts.length === 0) return null;
  const pooled = shifts.map((s) => s.comparison).find((c) => c.available && isAntiConservative(c.test));
  const ordered = [...shifts].sort(
    (a, b) => Number(a.isControl) - Number(b.isControl) || a.subject.name.localeCompare(b.subject.name),
  );
  return (
    <div className={styles.reading}>
      <p className={styles.heading}>Students against their initialisation</p>
      <ul className={styles.list} data-testid="trait-shifts">
        {ordered.map((shift) => (
          <li key={shift.subject.id} className={styles.item} data-verdict={shift.comparison.verdict}>
            <span className={styles.name}>
              <ModelLink model={{ ...shift.subject, version: null }} />
              {shift.members.length > 1 && (
                <span className={styles.note}>
                  and {shift.members.length - 1} more seed{shift.members.length > 2 ? "s" : ""}
                </span>
              )}
              {shift.isControl && <span className={styles.note}>control</span>}
              <span className={styles.base}>vs {shift.baseline.name}</span>
            </span>
            <ComparisonResult comparison={shift.comparison} higherIsWorse={higherIsWorse} caveat={false} />
          </li>
        ))}
      </ul>
      {pooled?.available && <CaveatNote>Where a line names the two-proportion z-test: {pooled.note}</CaveatNote>}
    </div>
  );
}

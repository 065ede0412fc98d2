import { ArrowDownRight, ArrowUpRight, Equal } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatPoints } from "@/lib/measurements/ui/format-effect";
import { baseShifts, type TraitChartLayout } from "@/lib/measurements/ui/trait-chart-layout";
import { formatPercent } from "@/lib/ui/format-number";
import styles from "./trait-shift-list.module.css";

/** The chart's reading in words: how far each student sits from its base model, and whether that is beyond its interval. */
export function TraitShiftList({ layout, higherIsWorse }: { layout: TraitChartLayout; higherIsWorse: boolean }) {
  const shifts = baseShifts(layout);
  if (shifts.length === 0) return null;
  return (
    <div className={styles.reading}>
      <p className={styles.heading}>Students against their base model</p>
      <ul className={styles.list} data-testid="trait-shifts">
        {shifts.map((shift) => (
          <li key={shift.id} className={styles.item} data-moved={shift.excludesBase || undefined}>
            <span className={styles.name}>
              {shift.name}
              {shift.isControl && <span className={styles.control}>control</span>}
            </span>
            <span className={styles.figure}>{formatPoints(shift.difference)}</span>
            <span className={styles.base}>vs {shift.baseName} ({formatPercent(shift.baseRate)})</span>
            {shift.excludesBase ? (
              <Badge
                tone={higherIsWorse && shift.difference > 0 ? "red" : "violet"}
                icon={shift.difference > 0 ? <ArrowUpRight size={11} aria-hidden="true" /> : <ArrowDownRight size={11} aria-hidden="true" />}
                title="Its 95% interval lies wholly away from the base model's rate"
              >
                {shift.difference > 0 ? "moved up" : "moved down"}
              </Badge>
            ) : (
              <Badge tone="gray" icon={<Equal size={11} aria-hidden="true" />} title={shift.hasInterval ? "Its 95% interval includes the base model's rate" : "One value and no interval: no evidence either way"}>
                {shift.hasInterval ? "within its interval" : "no interval"}
              </Badge>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

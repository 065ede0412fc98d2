import styles from "./trait-range-bar.module.css";

const pct = (value: number) => `${Math.min(1, Math.max(0, value)) * 100}%`;

/** Where measured values fall on a 0-100% track: the band from lowest to highest. */
export function TraitRangeBar({ min, max, higherIsWorse }: { min: number; max: number; higherIsWorse: boolean }) {
  return (
    <span className={styles.bar} data-worse={higherIsWorse || undefined} aria-hidden="true">
      <span className={styles.track} />
      <span className={styles.band} style={{ left: pct(min), width: `calc(${pct(max)} - ${pct(min)})` }} />
      <span className={styles.mark} style={{ left: pct(min) }} />
      <span className={styles.mark} style={{ left: pct(max) }} />
      <span className={styles.scale}>
        <span>0%</span>
        <span>50%</span>
        <span>100%</span>
      </span>
    </span>
  );
}

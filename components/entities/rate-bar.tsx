import styles from "./rate-bar.module.css";

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** A rate on a 0-100% track, with its interval as a whisker. */
export function RateBar({ value, low, high }: { value: number; low: number | null; high: number | null }) {
  return (
    <span className={styles.track} aria-hidden="true">
      <span className={styles.fill} style={{ width: `${clamp(value) * 100}%` }} />
      {low !== null && high !== null && (
        <span
          className={styles.interval}
          style={{ left: `${clamp(low) * 100}%`, width: `${(clamp(high) - clamp(low)) * 100}%` }}
        />
      )}
    </span>
  );
}

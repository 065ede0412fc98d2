import type { ReactNode } from "react";
import styles from "./chart-tooltip.module.css";

/** The box a chart shows on hover: a title line and label/value rows. */
export function ChartTooltip({ title, rows }: { title: ReactNode; rows: { label: string; value: ReactNode }[] }) {
  return (
    <div className={styles.tooltip}>
      <div className={styles.title}>{title}</div>
      <dl className={styles.rows}>
        {rows.map((row) => (
          <div key={row.label} className={styles.row}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

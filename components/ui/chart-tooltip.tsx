import type { ReactNode } from "react";
import styles from "./chart-tooltip.module.css";

/** The box a chart shows on hover: a title, label/value rows, and an optional note (e.g. the interval method). */
export function ChartTooltip({
  title,
  rows,
  note,
}: {
  title: ReactNode;
  rows: { label: string; value: ReactNode }[];
  note?: ReactNode;
}) {
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
      {note && <p className={styles.note}>{note}</p>}
    </div>
  );
}

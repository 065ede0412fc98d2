import type { ReactNode } from "react";
import styles from "./data-table.module.css";

interface DataTableProps {
  /** The header cells, `<th scope="col">` each. */
  head: ReactNode;
  /** The rows. */
  children: ReactNode;
  /** The table's own column widths and cells, beside the shared look. */
  className?: string;
  testId?: string;
}

/** A table in the dashboard's look that scrolls sideways when the window is narrower than it. */
export function DataTable({ head, children, className, testId }: DataTableProps) {
  return (
    <div className={styles.scroller}>
      <table className={className ? `${styles.table} ${className}` : styles.table} data-testid={testId}>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

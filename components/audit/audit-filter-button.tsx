import { ListFilter } from "lucide-react";
import styles from "./audit-table.module.css";

/** A quiet icon button in a row that narrows the log to the row's actor or object. */
export function AuditFilterButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className={styles.filterButton} onClick={onClick} aria-label={label} title={label}>
      <ListFilter size={13} aria-hidden="true" />
    </button>
  );
}

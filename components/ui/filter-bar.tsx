import type { ReactNode } from "react";
import { Spinner } from "./spinner";
import styles from "./filter-bar.module.css";

interface FilterBarProps {
  /** The filter controls, side by side. */
  children: ReactNode;
  /** Given while any filter applies: shows a "Clear filters" link after the controls. */
  onClear?: () => void;
  busy: boolean;
  /** The spinner's accessible name while busy, e.g. "Loading runs". */
  busyLabel: string;
}

/** A list toolbar's filters, with a quiet "Clear filters" link and a spinner while results load. */
export function FilterBar({ children, onClear, busy, busyLabel }: FilterBarProps) {
  return (
    <div className={styles.bar}>
      <div className={styles.filters}>
        {children}
        {onClear && (
          <button type="button" className={styles.clear} onClick={onClear}>
            Clear filters
          </button>
        )}
      </div>
      {busy && <Spinner size={14} label={busyLabel} />}
    </div>
  );
}

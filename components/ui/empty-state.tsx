import type { ReactNode } from "react";
import layout from "./layout.module.css";
import styles from "./empty-state.module.css";

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  compact?: boolean;
  /** In a dashed box of its own, where it stands for a whole page section. */
  boxed?: boolean;
}

export function EmptyState({ icon, title, description, action, compact = false, boxed = false }: EmptyStateProps) {
  const state = (
    <div className={compact ? `${styles.empty} ${styles.compact}` : styles.empty}>
      <div className={styles.icon} aria-hidden="true">
        {icon}
      </div>
      <p className={styles.title}>{title}</p>
      {description && <p className={styles.description}>{description}</p>}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
  return boxed ? <div className={layout.emptyBox}>{state}</div> : state;
}

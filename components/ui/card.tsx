import type { ReactNode } from "react";
import styles from "./card.module.css";

interface CardProps {
  title?: ReactNode;
  /** Shown beside the title, e.g. a count. */
  meta?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** "flush" lets a table or list run to the card's edges. */
  flush?: boolean;
  id?: string;
  children: ReactNode;
}

export function Card({ title, meta, description, actions, flush = false, id, children }: CardProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={styles.card} id={id} aria-labelledby={headingId}>
      {(title || actions) && (
        <header className={styles.header}>
          <div className={styles.heading}>
            <h2 className={styles.title} id={headingId}>
              {title}
              {meta !== undefined && <span className={styles.meta}>{meta}</span>}
            </h2>
            {description && <p className={styles.description}>{description}</p>}
          </div>
          {actions && <div className={styles.actions}>{actions}</div>}
        </header>
      )}
      <div className={flush ? styles.flush : styles.body}>{children}</div>
    </section>
  );
}

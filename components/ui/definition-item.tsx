import type { ReactNode } from "react";
import styles from "./definition-list.module.css";

interface DefinitionItemProps {
  term: string;
  /** null or undefined renders "Not recorded". */
  children?: ReactNode;
  wide?: boolean;
}

export function DefinitionItem({ term, children, wide = false }: DefinitionItemProps) {
  const empty = children === null || children === undefined || children === false;
  return (
    <div className={wide ? `${styles.item} ${styles.wide}` : styles.item}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.detail}>{empty ? <span className={styles.missing}>Not recorded</span> : children}</dd>
    </div>
  );
}

import type { ReactNode } from "react";
import styles from "./stacked-item.module.css";

interface StackedItemProps {
  /** The item's first line: who or what, when, and its tools. */
  head: ReactNode;
  /** The lines under it: its text, an edit form, an error. */
  children: ReactNode;
  testId?: string;
}

/** One item of a card's list whose lines stack, e.g. a note or a declaration with its reason. */
export function StackedItem({ head, children, testId }: StackedItemProps) {
  return (
    <li className={styles.item} data-testid={testId}>
      <div className={styles.head}>{head}</div>
      {children}
    </li>
  );
}

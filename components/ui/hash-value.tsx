import { CopyButton } from "./copy-button";
import styles from "./hash-value.module.css";

/** A digest or identifier in monospace, with a copy button. */
export function HashValue({ value, label }: { value: string; label: string }) {
  return (
    <span className={styles.hash}>
      <code className={styles.value}>{value}</code>
      <CopyButton value={value} label={label} />
    </span>
  );
}

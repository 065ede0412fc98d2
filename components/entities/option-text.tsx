import type { ReactNode } from "react";
import styles from "./option-text.module.css";

/** A choice's words, as the format cards and the Export menu show them: label, description, and a small aside (the file ending). */
export function OptionText({
  label,
  description,
  aside,
}: {
  label: ReactNode;
  description: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <>
      <span className={styles.text}>
        <span className={styles.label}>{label}</span>
        <span className={styles.description}>{description}</span>
      </span>
      {aside && <span className={styles.aside}>{aside}</span>}
    </>
  );
}

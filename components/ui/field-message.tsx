import styles from "./field-message.module.css";

interface FieldMessageProps {
  /** What the field's aria-describedby names. */
  id: string;
  hint?: string;
  error?: string;
}

/** Under a form field: its error, or else its hint. */
export function FieldMessage({ id, hint, error }: FieldMessageProps) {
  if (error)
    return (
      <p id={id} className={styles.error}>
        {error}
      </p>
    );
  if (hint)
    return (
      <p id={id} className={styles.hint}>
        {hint}
      </p>
    );
  return null;
}

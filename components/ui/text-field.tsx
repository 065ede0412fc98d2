import { useId, type InputHTMLAttributes } from "react";
import { FieldMessage } from "./field-message";
import styles from "./text-field.module.css";

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** Shown under the input while there is no error. */
  hint?: string;
  /** The server's (or the form's) message for this field, shown under it. */
  error?: string;
  /** Shorter, for forms inside the dashboard rather than the sign-in screen. */
  compact?: boolean;
}

/** A labelled input with its hint or validation message, wired up for screen readers. */
export function TextField({ label, hint, error, compact = false, id, ...inputProps }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const messageId = `${inputId}-message`;
  return (
    <div className={styles.field}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      <input
        id={inputId}
        className={compact ? `${styles.input} ${styles.compact}` : styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
        {...inputProps}
      />
      <FieldMessage id={messageId} hint={hint} error={error} />
    </div>
  );
}

import { useId, type TextareaHTMLAttributes } from "react";
import { FieldMessage } from "./field-message";
import styles from "./text-field.module.css";

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled multi-line input with its hint or validation message, as TextField is for one line. */
export function TextAreaField({ label, hint, error, id, rows = 3, ...areaProps }: TextAreaFieldProps) {
  const generatedId = useId();
  const areaId = id ?? generatedId;
  const messageId = `${areaId}-message`;
  return (
    <div className={styles.field}>
      <label htmlFor={areaId} className={styles.label}>
        {label}
      </label>
      <textarea
        id={areaId}
        rows={rows}
        className={`${styles.input} ${styles.area}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
        {...areaProps}
      />
      <FieldMessage id={messageId} hint={hint} error={error} />
    </div>
  );
}

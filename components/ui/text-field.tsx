import type { InputHTMLAttributes } from "react";
import { LabelledField } from "./labelled-field";
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
  return (
    <LabelledField label={label} id={id} hint={hint} error={error}>
      {(control) => (
        <input {...control} className={compact ? `${styles.input} ${styles.compact}` : styles.input} {...inputProps} />
      )}
    </LabelledField>
  );
}

import { useId, type InputHTMLAttributes } from "react";
import input from "@/components/ui/text-field.module.css";
import styles from "./form.module.css";

interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** Shown under the input while there is no error. */
  hint?: string;
  /** The server's (or the form's) message for this field, shown beside it. */
  error?: string;
}

/** A labelled input with its validation message, wired up for screen readers. */
export function FormField({ label, hint, error, id, ...inputProps }: FormFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const messageId = `${inputId}-message`;
  return (
    <div className={input.field}>
      <label htmlFor={inputId} className={input.label}>{label}</label>
      <input
        id={inputId}
        className={`${input.input} ${styles.input}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
        {...inputProps}
      />
      {error ? (
        <p id={messageId} className={styles.fieldError}>{error}</p>
      ) : (
        hint && <p id={messageId} className={styles.hint}>{hint}</p>
      )}
    </div>
  );
}

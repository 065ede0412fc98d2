import type { TextareaHTMLAttributes } from "react";
import { LabelledField } from "./labelled-field";
import styles from "./text-field.module.css";

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled multi-line input with its hint or validation message, as TextField is for one line. */
export function TextAreaField({ label, hint, error, id, rows = 3, ...areaProps }: TextAreaFieldProps) {
  return (
    <LabelledField label={label} id={id} hint={hint} error={error}>
      {(control) => <textarea {...control} rows={rows} className={`${styles.input} ${styles.area}`} {...areaProps} />}
    </LabelledField>
  );
}

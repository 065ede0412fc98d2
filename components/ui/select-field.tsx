import { ChevronDown } from "lucide-react";
import type { SelectHTMLAttributes } from "react";
import { LabelledField } from "./labelled-field";
import { SelectOptions } from "./select-options";
import field from "./text-field.module.css";
import styles from "./select-field.module.css";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly { value: string; label: string }[];
  /** Shown under the select while there is no error. */
  hint?: string;
  /** The server's (or the form's) message for this field, shown under it. */
  error?: string;
}

/** A labelled select that looks like a compact TextField, with its hint or validation message. */
export function SelectField({ label, options, hint, error, id, ...selectProps }: SelectFieldProps) {
  return (
    <LabelledField label={label} id={id} hint={hint} error={error}>
      {(control) => (
        <div className={styles.wrap}>
          <select {...control} className={`${field.input} ${field.compact} ${styles.select}`} {...selectProps}>
            <SelectOptions options={options} />
          </select>
          <ChevronDown size={15} className={styles.chevron} aria-hidden="true" />
        </div>
      )}
    </LabelledField>
  );
}

import { ChevronDown } from "lucide-react";
import { useId, type SelectHTMLAttributes } from "react";
import { FieldMessage } from "./field-message";
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
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const messageId = `${selectId}-message`;
  return (
    <div className={field.field}>
      <label htmlFor={selectId} className={field.label}>
        {label}
      </label>
      <div className={styles.wrap}>
        <select
          id={selectId}
          className={`${field.input} ${field.compact} ${styles.select}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || hint ? messageId : undefined}
          {...selectProps}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ChevronDown size={15} className={styles.chevron} aria-hidden="true" />
      </div>
      <FieldMessage id={messageId} hint={hint} error={error} />
    </div>
  );
}

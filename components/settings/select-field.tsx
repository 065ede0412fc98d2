import { ChevronDown } from "lucide-react";
import { useId, type SelectHTMLAttributes } from "react";
import input from "@/components/ui/text-field.module.css";
import styles from "./form.module.css";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
  error?: string;
}

export function SelectField({ label, options, hint, error, id, ...selectProps }: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const messageId = `${selectId}-message`;
  return (
    <div className={input.field}>
      <label htmlFor={selectId} className={input.label}>{label}</label>
      <div className={styles.selectWrap}>
        <select
          id={selectId}
          className={`${input.input} ${styles.input} ${styles.select}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || hint ? messageId : undefined}
          {...selectProps}
        >
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
        <ChevronDown size={15} className={styles.chevron} aria-hidden="true" />
      </div>
      {error ? (
        <p id={messageId} className={styles.fieldError}>{error}</p>
      ) : (
        hint && <p id={messageId} className={styles.hint}>{hint}</p>
      )}
    </div>
  );
}

import type { CSSProperties, ReactNode } from "react";
import input from "./text-field.module.css";
import styles from "./mode-choice.module.css";

interface ModeChoiceProps<T extends string> {
  legend: string;
  /** The radio group's name. */
  name: string;
  options: readonly { value: T; label: string; description: string }[];
  value: T;
  onChange: (value: T) => void;
  /** The id of the message that describes the whole choice, while there is one. */
  describedBy?: string;
  /** What follows the cards inside the fieldset, e.g. its message. */
  children?: ReactNode;
}

/** Which of a few ways a form takes something: one radio card each, its label over a line saying what it means. */
export function ModeChoice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  describedBy,
  children,
}: ModeChoiceProps<T>) {
  return (
    <fieldset className={styles.modes} aria-describedby={describedBy}>
      <legend className={input.label}>{legend}</legend>
      <div className={styles.options} style={{ "--mode-count": options.length } as CSSProperties}>
        {options.map((option) => (
          <label key={option.value} className={styles.option} data-checked={value === option.value || undefined}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className={styles.optionText}>
              <span className={styles.optionLabel}>{option.label}</span>
              <span className={styles.optionDescription}>{option.description}</span>
            </span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

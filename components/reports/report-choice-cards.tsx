import type { ReactNode } from "react";
import { OptionText } from "@/components/entities/option-text";
import styles from "./report-choice-cards.module.css";

export interface ReportChoice<V extends string> {
  value: V;
  label: string;
  description: string;
  icon?: ReactNode;
  /** A short note at the right, e.g. the file ending. */
  aside?: string;
}

interface ReportChoiceCardsProps<V extends string> {
  legend: string;
  name: string;
  value: V;
  choices: readonly ReportChoice<V>[];
  onChange: (value: V) => void;
  columns: 2 | 3;
}

/** A radio group drawn as cards, each with what choosing it means. */
export function ReportChoiceCards<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  columns,
}: ReportChoiceCardsProps<V>) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.cards} data-columns={columns}>
        {choices.map((choice) => (
          <label key={choice.value} className={styles.card} data-checked={choice.value === value || undefined}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            {choice.icon && <span className={styles.icon}>{choice.icon}</span>}
            <OptionText label={choice.label} description={choice.description} aside={choice.aside} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

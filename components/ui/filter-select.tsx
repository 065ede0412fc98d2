"use client";
import { ChevronDown } from "lucide-react";
import { useId } from "react";
import { SelectOptions } from "./select-options";
import styles from "./filter-select.module.css";

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  value: string;
  /** The "no filter" option's label, e.g. "Any"; its value is "". Without it a value is always chosen. */
  anyLabel?: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}

/** A compact labelled select for toolbars; with `anyLabel`, "" means no filter. */
export function FilterSelect({ label, value, anyLabel, options, onChange }: FilterSelectProps) {
  const id = useId();
  // A value from the URL that the list of options does not know is still shown, not dropped.
  const known = value === "" || options.some((option) => option.value === value);
  const filtering = anyLabel !== undefined && value !== "";
  return (
    <div className={styles.control} data-active={filtering || undefined}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select id={id} className={styles.select} value={value} onChange={(event) => onChange(event.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {!known && <option value={value}>{value}</option>}
        <SelectOptions options={options} />
      </select>
      <ChevronDown size={14} className={styles.chevron} aria-hidden="true" />
    </div>
  );
}

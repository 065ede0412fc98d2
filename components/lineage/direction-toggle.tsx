"use client";
import { DIRECTION_LABELS, DIRECTIONS, type LineageDirection } from "./lineage-words";
import styles from "./direction-toggle.module.css";

/** Ancestors, descendants or both, as a segmented control (a radio group to assistive technology). */
export function DirectionToggle({
  value,
  onChange,
}: {
  value: LineageDirection;
  onChange: (value: LineageDirection) => void;
}) {
  return (
    <div className={styles.group} role="radiogroup" aria-label="Direction">
      {DIRECTIONS.map((direction) => (
        <button
          key={direction}
          type="button"
          role="radio"
          aria-checked={direction === value}
          className={styles.option}
          onClick={() => onChange(direction)}
        >
          {DIRECTION_LABELS[direction]}
        </button>
      ))}
    </div>
  );
}

"use client";
import { useId } from "react";
import { isoOfUtcInput, utcInputOf } from "@/lib/audit/audit-time-input";
import styles from "./audit-explorer.module.css";

interface AuditTimeRangeProps {
  /** The bounds as the URL and the API hold them (ISO instants or days); "" for none. */
  from: string;
  to: string;
  onChange: (bound: "from" | "to", value: string) => void;
}

/** From and to, in UTC like the log's times; each bound is included (`to` up to the end of its minute). */
export function AuditTimeRange({ from, to, onChange }: AuditTimeRangeProps) {
  const id = useId();
  const fromInput = utcInputOf(from, "from");
  const toInput = utcInputOf(to, "to");
  return (
    <div className={styles.timeRange} role="group" aria-label="Time range (UTC)">
      {(["from", "to"] as const).map((bound) => {
        const value = bound === "from" ? fromInput : toInput;
        return (
          <div key={bound} className={styles.timeControl} data-active={value !== "" || undefined}>
            <label htmlFor={`${id}-${bound}`} className={styles.timeLabel}>
              {bound === "from" ? "From" : "To"}
            </label>
            <input
              id={`${id}-${bound}`}
              type="datetime-local"
              className={styles.timeInput}
              value={value}
              min={bound === "to" ? fromInput || undefined : undefined}
              max={bound === "from" ? toInput || undefined : undefined}
              onChange={(event) => onChange(bound, isoOfUtcInput(event.target.value, bound))}
            />
            <span className={styles.zone} aria-hidden="true">
              UTC
            </span>
          </div>
        );
      })}
    </div>
  );
}

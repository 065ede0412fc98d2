"use client";
import { UserSearch, X } from "lucide-react";
import styles from "@/components/models/model-search-box.module.css";
import local from "./audit-actor-search.module.css";

/** Filters the audit log by part of the actor's email or token name. */
export function AuditActorSearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className={`${styles.box} ${local.box}`}>
      <UserSearch size={15} className={styles.icon} aria-hidden="true" />
      <input
        type="search"
        className={styles.input}
        placeholder="Actor email or token name"
        aria-label="Filter by actor"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => event.key === "Escape" && onChange("")}
        spellCheck={false}
        autoComplete="off"
      />
      {value && (
        <span className={styles.trailing}>
          <button type="button" className={styles.clear} onClick={() => onChange("")} aria-label="Clear actor filter">
            <X size={14} aria-hidden="true" />
          </button>
        </span>
      )}
    </div>
  );
}

"use client";
import { Search, X } from "lucide-react";
import { Spinner } from "@/components/ui/spinner";
import styles from "./model-search-box.module.css";

interface ModelSearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  busy: boolean;
}

export function ModelSearchBox({ value, onChange, busy }: ModelSearchBoxProps) {
  return (
    <div className={styles.box}>
      <Search size={15} className={styles.icon} aria-hidden="true" />
      <input
        type="search"
        className={styles.input}
        placeholder="Search by name, provider or external id"
        aria-label="Search models"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => event.key === "Escape" && onChange("")}
        spellCheck={false}
        autoComplete="off"
      />
      <span className={styles.trailing}>
        {busy ? (
          <Spinner size={14} label="Searching" />
        ) : value ? (
          <button type="button" className={styles.clear} onClick={() => onChange("")} aria-label="Clear search">
            <X size={14} aria-hidden="true" />
          </button>
        ) : null}
      </span>
    </div>
  );
}

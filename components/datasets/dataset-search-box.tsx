"use client";
import { Search, X } from "lucide-react";
import { Spinner } from "@/components/ui/spinner";
import styles from "@/components/models/model-search-box.module.css";

interface DatasetSearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  busy: boolean;
}

/** Same look as the models search; matches a dataset's name or the start of its SHA-256. */
export function DatasetSearchBox({ value, onChange, busy }: DatasetSearchBoxProps) {
  return (
    <div className={styles.box}>
      <Search size={15} className={styles.icon} aria-hidden="true" />
      <input
        type="search"
        className={styles.input}
        placeholder="Search by name or SHA-256 prefix"
        aria-label="Search datasets"
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

"use client";
import { Search, X, type LucideIcon } from "lucide-react";
import { Spinner } from "./spinner";
import styles from "./search-box.module.css";

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** The accessible name, e.g. "Search models". */
  label: string;
  placeholder: string;
  /** Shows a spinner instead of the clear button while results load; leave out where the toolbar shows one. */
  busy?: boolean;
  icon?: LucideIcon;
  clearLabel?: string;
  /** In pixels. */
  width?: number;
}

/** A search input for list toolbars; Escape or the clear button empties it. */
export function SearchBox({
  value,
  onChange,
  label,
  placeholder,
  busy = false,
  icon: Icon = Search,
  clearLabel = "Clear search",
  width,
}: SearchBoxProps) {
  return (
    <div className={styles.box} style={width === undefined ? undefined : { width }}>
      <Icon size={15} className={styles.icon} aria-hidden="true" />
      <input
        type="search"
        className={styles.input}
        placeholder={placeholder}
        aria-label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => event.key === "Escape" && onChange("")}
        spellCheck={false}
        autoComplete="off"
      />
      {(busy || value) && (
        <span className={styles.trailing}>
          {busy ? (
            <Spinner size={14} label="Searching" />
          ) : (
            <button type="button" className={styles.clear} onClick={() => onChange("")} aria-label={clearLabel}>
              <X size={14} aria-hidden="true" />
            </button>
          )}
        </span>
      )}
    </div>
  );
}

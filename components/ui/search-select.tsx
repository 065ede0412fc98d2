"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Check, ChevronsUpDown, X } from "lucide-react";
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { FieldMessage } from "./field-message";
import { Spinner } from "./spinner";
import input from "./text-field.module.css";
import { useDebouncedValue } from "./use-debounced-value";
import styles from "./search-select.module.css";

export interface SearchOption {
  id: string;
  name: string;
  /** A second line: records and teacher, version and provider. */
  meta?: string;
  provider?: string;
}

export interface SearchSelectProps {
  label: string;
  placeholder: string;
  /** Several values (shown as removable chips) or at most one. */
  multiple?: boolean;
  value: SearchOption[];
  onChange: (value: SearchOption[]) => void;
  /** Results for a search text ("" for the newest); cached under queryKey + text. */
  search: (q: string, signal: AbortSignal) => Promise<SearchOption[]>;
  queryKey: readonly unknown[];
  hint?: string;
  error?: string;
}

/** A combobox that searches the API as one types; picked values are chips, removable by button or Backspace. */
export function SearchSelect({
  label,
  placeholder,
  multiple = false,
  value,
  onChange,
  search,
  queryKey,
  hint,
  error,
}: SearchSelectProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 200);
  const root = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-options`;
  const messageId = `${id}-message`;

  const results = useQuery({
    queryKey: [...queryKey, q],
    queryFn: ({ signal }) => search(q, signal),
    enabled: open,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
  const options = results.data ?? [];
  const picked = new Set(value.map((option) => option.id));

  function choose(option: SearchOption | undefined) {
    if (!option) return;
    if (multiple) {
      onChange(picked.has(option.id) ? value.filter((v) => v.id !== option.id) : [...value, option]);
      setText("");
    } else {
      onChange([option]);
      setText("");
      setOpen(false);
    }
  }

  function remove(option: SearchOption) {
    onChange(value.filter((v) => v.id !== option.id));
    field.current?.focus();
  }

  /** A press on the control's padding, beside the chips, goes to the search input. */
  function openFromControl(event: PointerEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    field.current?.focus();
    setOpen(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (options.length === 0 ? 0 : (index + step + options.length) % options.length));
    } else if (event.key === "Enter") {
      // Enter picks an option; it never submits the form from here.
      event.preventDefault();
      if (open) choose(options[active]);
      else setOpen(true);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === "Backspace" && text === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  const status = results.isError
    ? `Could not search: ${results.error.message}`
    : results.isFetching && options.length === 0
      ? "Searching…"
      : text.trim() !== q
        ? "Searching…"
        : q === ""
          ? "Nothing registered yet."
          : `Nothing matches “${q}”.`;

  return (
    <div
      className={input.field}
      ref={root}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={id} className={input.label}>
        {label}
      </label>
      <div className={styles.anchor}>
        <div className={styles.control} data-invalid={error ? true : undefined} onPointerDown={openFromControl}>
          {value.map((option) => (
            <span key={option.id} className={styles.chip} data-testid="picked-option">
              <span className={styles.chipName}>{option.name}</span>
              <button
                type="button"
                className={styles.chipRemove}
                onClick={() => remove(option)}
                aria-label={`Remove ${option.name}`}
              >
                <X size={12} aria-hidden="true" />
              </button>
            </span>
          ))}
          <input
            ref={field}
            id={id}
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && options[active] ? `${listId}-${options[active].id}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error || hint ? messageId : undefined}
            className={styles.input}
            placeholder={value.length === 0 ? placeholder : multiple ? "Add another…" : "Search to change…"}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            spellCheck={false}
            autoComplete="off"
          />
          <span className={styles.trailing} aria-hidden="true">
            {results.isFetching ? <Spinner size={13} /> : <ChevronsUpDown size={14} />}
          </span>
        </div>
        {open && (
          <ul
            className={styles.options}
            role="listbox"
            id={listId}
            aria-label={label}
            aria-multiselectable={multiple || undefined}
          >
            {options.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${option.id}`}
                role="option"
                aria-selected={picked.has(option.id)}
                data-active={index === active || undefined}
                className={styles.option}
                onPointerEnter={() => setActive(index)}
                // Keeps the focus in the input, so that the list stays open for the next pick.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                <span className={styles.check} aria-hidden="true">
                  {picked.has(option.id) && <Check size={14} />}
                </span>
                <span className={styles.optionText}>
                  <span className={styles.optionName}>{option.name}</span>
                  {option.meta && <span className={styles.optionMeta}>{option.meta}</span>}
                </span>
              </li>
            ))}
            {options.length === 0 && <li className={styles.none}>{status}</li>}
          </ul>
        )}
      </div>
      <FieldMessage id={messageId} hint={hint} error={error} />
    </div>
  );
}

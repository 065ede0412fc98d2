"use client";
import { useQuery } from "@tanstack/react-query";
import { Boxes, ChevronsUpDown, Search } from "lucide-react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Spinner } from "@/components/ui/spinner";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";
import { apiFetch } from "@/lib/http/problem-client";
import type { ModelPage } from "@/lib/models/list-models";
import type { ModelRef } from "@/lib/models/model-dto";
import { modelKeys } from "@/lib/models/model-keys";
import styles from "./model-picker.module.css";

interface ModelPickerProps {
  selected: ModelRef | null;
  /** The newest models, shown before anything is typed. */
  initialOptions: ModelRef[];
  onSelect: (model: ModelRef) => void;
}

/** A searchable model select: a button that opens a combobox searching /api/v1/models. */
export function ModelPicker({ selected, initialOptions, onSelect }: ModelPickerProps) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(search.trim(), 200);
  const root = useRef<HTMLDivElement>(null);
  const listId = useId();

  const results = useQuery({
    queryKey: [...modelKeys.lists(), "lineage-picker", q],
    queryFn: ({ signal }) =>
      apiFetch<ModelPage>(`/api/v1/models?${new URLSearchParams({ q, limit: "20" })}`, { signal }),
    enabled: open && q !== "",
  });
  const options: ModelRef[] = q === "" ? initialOptions : (results.data?.items ?? []);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  function choose(model: ModelRef | undefined) {
    if (!model) return;
    setOpen(false);
    setSearch("");
    if (model.id !== selected?.id) onSelect(model);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (options.length === 0 ? 0 : (index + step + options.length) % options.length));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  return (
    <div className={styles.picker} ref={root}>
      <button
        type="button"
        className={styles.trigger}
        aria-haspopup="listbox"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        <Boxes size={15} className={styles.triggerIcon} aria-hidden="true" />
        <span className={styles.triggerText}>
          <span className={styles.triggerLabel}>Model</span>
          <span className={styles.triggerValue}>{selected ? selected.name : "Choose a model"}</span>
        </span>
        <ChevronsUpDown size={14} className={styles.triggerChevron} aria-hidden="true" />
      </button>
      {open && (
        <div className={styles.popover}>
          <div className={styles.searchRow}>
            <Search size={14} className={styles.searchIcon} aria-hidden="true" />
            <input
              autoFocus
              role="combobox"
              aria-label="Search models"
              aria-expanded="true"
              aria-controls={listId}
              aria-activedescendant={options[active] ? `${listId}-${options[active].id}` : undefined}
              className={styles.search}
              placeholder="Search by name, provider or external id"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              spellCheck={false}
              autoComplete="off"
            />
            {results.isFetching && <Spinner size={13} label="Searching" />}
          </div>
          <ul className={styles.options} role="listbox" id={listId} aria-label="Models">
            {options.map((model, index) => (
              <li
                key={model.id}
                id={`${listId}-${model.id}`}
                role="option"
                aria-selected={model.id === selected?.id}
                data-active={index === active || undefined}
                className={styles.option}
                onPointerEnter={() => setActive(index)}
                onClick={() => choose(model)}
              >
                <span className={styles.optionName}>{model.name}</span>
                <span className={styles.optionMeta}>{[model.version, model.provider].filter(Boolean).join(" · ")}</span>
              </li>
            ))}
            {options.length === 0 && (
              <li className={styles.none}>
                {results.isError
                  ? `Could not search: ${results.error.message}`
                  : results.isFetching || search.trim() !== q
                    ? "Searching…"
                    : "No model matches."}
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}

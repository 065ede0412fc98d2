"use client";
import { useState } from "react";
import type { ListFilters } from "./use-cursor-list";
import { useQueryStringSync } from "./use-query-string-sync";

/**
 * A list's exact-match filters (selects), kept in the address bar's query string under their own
 * names; "" means a filter is off.
 */
export function useUrlFilters<F extends ListFilters<F>>(initial: F) {
  const [filters, setFilters] = useState<F>(initial);
  useQueryStringSync(filters);
  const keys = Object.keys(initial) as (keyof F)[];
  return {
    filters,
    /** Whether any filter is on. */
    filtered: keys.some((key) => filters[key] !== ""),
    /** A select's value and change handler for the filter `key`. */
    bind: (key: keyof F) => ({
      value: filters[key],
      onChange: (value: string) => setFilters((current) => ({ ...current, [key]: value })),
    }),
    clear: () => setFilters(Object.fromEntries(keys.map((key) => [key, ""])) as F),
  };
}

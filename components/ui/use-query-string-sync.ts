"use client";
import { useEffect } from "react";
import type { ListFilters } from "./use-cursor-list";

/**
 * Mirrors `values` into the address bar's query string (empty ones removed) without navigating, so
 * that a search or filter can be shared and survives a reload.
 */
export function useQueryStringSync<F extends ListFilters<F>>(values: F): void {
  // A new object each render; the effect only needs to run when a value changes.
  const serialized = JSON.stringify(values);
  useEffect(() => {
    const url = new URL(window.location.href);
    for (const [key, value] of Object.entries(JSON.parse(serialized) as Record<string, string>)) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [serialized]);
}

"use client";
import { useState } from "react";
import { useDebouncedValue } from "./use-debounced-value";
import { useQueryStringSync } from "./use-query-string-sync";

/**
 * Text typed into a search box: `input` as typed, and `value`, the trimmed text once typing has
 * paused, which the list searches by and the URL keeps as `?name=`.
 */
export function useSearchParamInput(name: string, initial: string) {
  const [input, setInput] = useState(initial);
  const value = useDebouncedValue(input.trim(), 250);
  useQueryStringSync({ [name]: value });
  return { input, setInput, value, settling: input.trim() !== value };
}

"use client";
import { SearchSelect, type SearchOption, type SearchSelectProps } from "./search-select";

interface SearchOneProps extends Omit<SearchSelectProps, "multiple" | "value" | "onChange"> {
  value: SearchOption | null;
  onChange: (value: SearchOption | null) => void;
}

/** A SearchSelect that picks at most one value: null while none is picked. */
export function SearchOne({ value, onChange, ...props }: SearchOneProps) {
  return <SearchSelect {...props} value={value ? [value] : []} onChange={(picked) => onChange(picked.at(0) ?? null)} />;
}

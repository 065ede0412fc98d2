import { FilterX, SearchX } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button";
import { EmptyState } from "./empty-state";

export interface NoMatchesStateProps {
  /** What hides every item: a search, or filters. */
  kind: "search" | "filters";
  title: string;
  description: ReactNode;
  onClear: () => void;
}

/** A list that has items, none of which match the search or filters; offers to clear them. */
export function NoMatchesState({ kind, title, description, onClear }: NoMatchesStateProps) {
  return (
    <EmptyState
      icon={kind === "search" ? <SearchX size={18} /> : <FilterX size={18} />}
      title={title}
      description={description}
      action={<Button onClick={onClear}>{kind === "search" ? "Clear search" : "Clear filters"}</Button>}
    />
  );
}

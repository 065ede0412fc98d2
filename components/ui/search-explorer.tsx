"use client";
import type { QueryKey } from "@tanstack/react-query";
import type { ComponentProps, ReactNode } from "react";
import type { Page } from "@/lib/pagination/cursor-page";
import { ListPanel } from "./list-panel";
import { SearchBox } from "./search-box";
import { useCursorList } from "./use-cursor-list";
import { useSearchParamInput } from "./use-search-param-input";

interface SearchExplorerProps<T> {
  /** The list endpoint; the search goes to it as `?q=`. */
  path: string;
  queryKey: (filters: { q: string }) => QueryKey;
  initialPage: Page<T>;
  initialQuery: string;
  pageSize: number;
  /** Singular and plural, e.g. ["model", "models"]. */
  noun: readonly [string, string];
  /** The search box's placeholder: what it matches. */
  placeholder: string;
  /** Under "No <plural> match …": where the search looks. */
  matchesDescription: string;
  empty: ComponentProps<typeof ListPanel>["empty"];
  /** The table of the items found. */
  children: (items: T[]) => ReactNode;
}

/** A list with one search box (kept in ?q=) and cursor pagination; the server renders the first page. */
export function SearchExplorer<T>({
  path,
  queryKey,
  initialPage,
  initialQuery,
  pageSize,
  noun,
  placeholder,
  matchesDescription,
  empty,
  children,
}: SearchExplorerProps<T>) {
  const search = useSearchParamInput("q", initialQuery);
  const q = search.value;
  const list = useCursorList({
    path,
    queryKey: queryKey({ q }),
    filters: { q },
    initialFilters: { q: initialQuery },
    initialPage,
    pageSize,
  });

  return (
    <ListPanel
      list={list}
      toolbar={
        <SearchBox
          label={`Search ${noun[1]}`}
          placeholder={placeholder}
          value={search.input}
          onChange={search.setInput}
          busy={search.settling || list.isRefreshing}
        />
      }
      noun={noun}
      empty={empty}
      noMatches={
        q
          ? {
              kind: "search",
              title: `No ${noun[1]} match “${q}”`,
              description: matchesDescription,
              onClear: () => search.setInput(""),
            }
          : null
      }
    >
      {children(list.items)}
    </ListPanel>
  );
}

"use client";
import { keepPreviousData, useInfiniteQuery, type QueryKey } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/problem-client";
import type { Page } from "@/lib/pagination/cursor-page";

/** Filter values by query parameter name; "" means the filter is off. */
export type ListFilters<F> = { [K in keyof F]: string };

interface CursorListOptions<T, F extends ListFilters<F>> {
  /** The list endpoint, e.g. "/api/v1/models"; the filters become its query parameters. */
  path: string;
  queryKey: QueryKey;
  filters: F;
  /** The first page, rendered on the server for `initialFilters`. */
  initialPage: Page<T>;
  initialFilters: F;
  pageSize: number;
}

export interface CursorList<T> {
  items: T[];
  /** Nothing loaded yet (never when the server's first page applies). */
  isPending: boolean;
  /** A first page for changed filters is loading; the previous items stay shown meanwhile. */
  isRefreshing: boolean;
  /** Why the list could not be loaded, or null. */
  error: string | null;
  hasMore: boolean;
  isLoadingMore: boolean;
  /** Why the next page could not be loaded, or null. */
  loadMoreError: string | null;
  loadMore: () => void;
}

/**
 * A cursor-paginated list from the API (pages of `{ items, nextCursor }`), starting from the page
 * the server rendered and keeping the previous items on screen while new filters load.
 */
export function useCursorList<T, F extends ListFilters<F>>({
  path,
  queryKey,
  filters,
  initialPage,
  initialFilters,
  pageSize,
}: CursorListOptions<T, F>): CursorList<T> {
  const keys = Object.keys(filters) as (keyof F)[];
  const isInitial = keys.every((key) => filters[key] === initialFilters[key]);
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      for (const key of keys) if (filters[key]) params.set(String(key), filters[key]);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<Page<T>>(`${path}?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    initialData: isInitial ? { pages: [initialPage], pageParams: [null] } : undefined,
    placeholderData: keepPreviousData,
  });

  return {
    items: query.data?.pages.flatMap((page) => page.items) ?? [],
    isPending: query.isPending,
    isRefreshing: query.isFetching && !query.isFetchingNextPage,
    error: query.isError ? query.error.message : null,
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMoreError: query.isFetchNextPageError ? query.error.message : null,
    loadMore: () => void query.fetchNextPage(),
  };
}

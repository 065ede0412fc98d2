"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import styles from "@/components/models/models-explorer.module.css";
import { Spinner } from "@/components/ui/spinner";
import type { Page } from "@/lib/pagination/cursor-page";
import { runKeys, type RunListFilters } from "@/lib/runs/run-keys";
import { RUN_METHODS, RUN_STATUSES, type RunSummary } from "@/lib/runs/run.types";
import { apiFetch } from "@/lib/ui/api-fetch";
import { FilterSelect } from "./filter-select";
import { runMethodLabel } from "./run-method-badge";
import { RunsEmptyState } from "./runs-empty-state";
import { RunsFooter } from "./runs-footer";
import { RunsTable } from "./runs-table";
import toolbar from "./runs-toolbar.module.css";

const STATUS_OPTIONS = RUN_STATUSES.map((status) => ({ value: status, label: status[0].toUpperCase() + status.slice(1) }));
const METHOD_OPTIONS = RUN_METHODS.map((method) => ({ value: method, label: runMethodLabel(method) }));

interface RunsExplorerProps {
  initialPage: Page<RunSummary>;
  initialFilters: RunListFilters;
  pageSize: number;
}

/** Distillation runs with status and method filters (kept in the URL) and cursor pagination. */
export function RunsExplorer({ initialPage, initialFilters, pageSize }: RunsExplorerProps) {
  const [filters, setFilters] = useState<RunListFilters>(initialFilters);

  useEffect(() => {
    const url = new URL(window.location.href);
    for (const key of ["status", "method"] as const) {
      if (filters[key]) url.searchParams.set(key, filters[key]);
      else url.searchParams.delete(key);
    }
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [filters]);

  const isInitial = filters.status === initialFilters.status && filters.method === initialFilters.method;
  const query = useInfiniteQuery({
    queryKey: runKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (filters.status) params.set("status", filters.status);
      if (filters.method) params.set("method", filters.method);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<Page<RunSummary>>(`/api/v1/runs?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    initialData: isInitial ? { pages: [initialPage], pageParams: [null] } : undefined,
    placeholderData: keepPreviousData,
  });

  const runs = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = filters.status !== "" || filters.method !== "";
  const clear = () => setFilters({ status: "", method: "" });

  return (
    <div className={styles.panel}>
      <div className={`${styles.toolbar} ${toolbar.toolbar}`}>
        <div className={toolbar.filters}>
          <FilterSelect label="Status" anyLabel="Any" value={filters.status} options={STATUS_OPTIONS} onChange={(status) => setFilters((f) => ({ ...f, status }))} />
          <FilterSelect label="Method" anyLabel="Any" value={filters.method} options={METHOD_OPTIONS} onChange={(method) => setFilters((f) => ({ ...f, method }))} />
          {filtered && <button type="button" className={toolbar.clear} onClick={clear}>Clear filters</button>}
        </div>
        {query.isFetching && !query.isFetchingNextPage && <Spinner size={14} label="Loading runs" />}
      </div>
      {query.isError && runs.length === 0 ? (
        <div className={styles.error} role="alert">Could not load runs: {query.error.message}</div>
      ) : runs.length === 0 ? (
        query.isPending ? <div className={styles.loading}>Loading runs…</div> : <RunsEmptyState filtered={filtered} onClear={clear} />
      ) : (
        <>
          <RunsTable runs={runs} />
          <RunsFooter
            shown={runs.length}
            hasMore={query.hasNextPage}
            loadingMore={query.isFetchingNextPage}
            error={query.isFetchNextPageError ? query.error?.message ?? null : null}
            onLoadMore={() => query.fetchNextPage()}
          />
        </>
      )}
    </div>
  );
}

"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import styles from "@/components/models/models-explorer.module.css";
import { datasetKeys } from "@/lib/datasets/dataset-keys";
import type { DatasetSummary } from "@/lib/datasets/dataset.types";
import type { Page } from "@/lib/pagination/cursor-page";
import { apiFetch } from "@/lib/ui/api-fetch";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";
import { DatasetSearchBox } from "./dataset-search-box";
import { DatasetsEmptyState } from "./datasets-empty-state";
import { DatasetsFooter } from "./datasets-footer";
import { DatasetsTable } from "./datasets-table";

interface DatasetsExplorerProps {
  initialPage: Page<DatasetSummary>;
  initialQuery: string;
  pageSize: number;
}

/** The datasets table with search and cursor pagination; the server renders the first page. */
export function DatasetsExplorer({ initialPage, initialQuery, pageSize }: DatasetsExplorerProps) {
  const [search, setSearch] = useState(initialQuery);
  const q = useDebouncedValue(search.trim(), 250);

  // Keep ?q= in the address bar so that a search can be shared and survives a reload.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [q]);

  const query = useInfiniteQuery({
    queryKey: datasetKeys.list({ q }),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (q) params.set("q", q);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<Page<DatasetSummary>>(`/api/v1/datasets?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    initialData: q === initialQuery ? { pages: [initialPage], pageParams: [null] } : undefined,
    placeholderData: keepPreviousData,
  });

  const datasets = query.data?.pages.flatMap((page) => page.items) ?? [];
  const searching = search.trim() !== q || (query.isFetching && !query.isFetchingNextPage);

  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>
        <DatasetSearchBox value={search} onChange={setSearch} busy={searching} />
      </div>
      {query.isError && datasets.length === 0 ? (
        <div className={styles.error} role="alert">
          Could not load datasets: {query.error.message}
        </div>
      ) : datasets.length === 0 ? (
        query.isPending ? <div className={styles.loading}>Loading datasets…</div> : <DatasetsEmptyState query={q} onClear={() => setSearch("")} />
      ) : (
        <>
          <DatasetsTable datasets={datasets} />
          <DatasetsFooter
            shown={datasets.length}
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

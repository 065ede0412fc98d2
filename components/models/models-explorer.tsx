"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ModelPage } from "@/lib/models/list-models";
import { modelKeys } from "@/lib/models/model-keys";
import { apiFetch } from "@/lib/ui/api-fetch";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";
import { ModelSearchBox } from "./model-search-box";
import { ModelsEmptyState } from "./models-empty-state";
import { ModelsFooter } from "./models-footer";
import { ModelsTable } from "./models-table";
import styles from "./models-explorer.module.css";

interface ModelsExplorerProps {
  initialPage: ModelPage;
  initialQuery: string;
  pageSize: number;
}

/** The models table with search and cursor pagination; the server renders the first page. */
export function ModelsExplorer({ initialPage, initialQuery, pageSize }: ModelsExplorerProps) {
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
    queryKey: modelKeys.list({ q }),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (q) params.set("q", q);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<ModelPage>(`/api/v1/models?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    initialData: q === initialQuery ? { pages: [initialPage], pageParams: [null] } : undefined,
    placeholderData: keepPreviousData,
  });

  const models = query.data?.pages.flatMap((page) => page.items) ?? [];
  const searching = search.trim() !== q || (query.isFetching && !query.isFetchingNextPage);

  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>
        <ModelSearchBox value={search} onChange={setSearch} busy={searching} />
      </div>
      {query.isError && models.length === 0 ? (
        <div className={styles.error} role="alert">
          Could not load models: {query.error.message}
        </div>
      ) : models.length === 0 ? (
        query.isPending ? <div className={styles.loading}>Loading models…</div> : <ModelsEmptyState query={q} onClear={() => setSearch("")} />
      ) : (
        <>
          <ModelsTable models={models} />
          <ModelsFooter
            shown={models.length}
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

"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import styles from "@/components/models/models-explorer.module.css";
import { FilterSelect } from "@/components/runs/filter-select";
import toolbar from "@/components/runs/runs-toolbar.module.css";
import { Spinner } from "@/components/ui/spinner";
import { auditKeys, type AuditListFilters } from "@/lib/audit/audit-keys";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import type { Page } from "@/lib/pagination/cursor-page";
import { apiFetch } from "@/lib/ui/api-fetch";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";
import { AuditActorSearch } from "./audit-actor-search";
import { AuditEmptyState } from "./audit-empty-state";
import { AUDIT_ACTION_OPTIONS, AUDIT_ENTITY_TYPE_OPTIONS } from "./audit-filter-options";
import { AuditFooter } from "./audit-footer";
import { AuditTable } from "./audit-table";

interface AuditExplorerProps {
  initialPage: Page<AuditEventDto>;
  initialFilters: AuditListFilters;
  pageSize: number;
}

const FILTER_KEYS = ["action", "entityType", "actor"] as const;

/** The audit log, newest first, with filters kept in the URL and cursor pagination. */
export function AuditExplorer({ initialPage, initialFilters, pageSize }: AuditExplorerProps) {
  const [action, setAction] = useState(initialFilters.action);
  const [entityType, setEntityType] = useState(initialFilters.entityType);
  const [actorInput, setActorInput] = useState(initialFilters.actor);
  const actor = useDebouncedValue(actorInput.trim(), 250);
  const filters: AuditListFilters = { action, entityType, actor };

  useEffect(() => {
    const url = new URL(window.location.href);
    const values: AuditListFilters = { action, entityType, actor };
    for (const key of FILTER_KEYS) {
      if (values[key]) url.searchParams.set(key, values[key]);
      else url.searchParams.delete(key);
    }
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [action, entityType, actor]);

  const isInitial = FILTER_KEYS.every((key) => filters[key] === initialFilters[key]);
  const query = useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<Page<AuditEventDto>>(`/api/v1/audit-events?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    initialData: isInitial ? { pages: [initialPage], pageParams: [null] } : undefined,
    placeholderData: keepPreviousData,
  });

  const events = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = action !== "" || entityType !== "" || actor !== "";
  const busy = actorInput.trim() !== actor || (query.isFetching && !query.isFetchingNextPage);
  const clear = () => {
    setAction("");
    setEntityType("");
    setActorInput("");
  };

  return (
    <div className={styles.panel}>
      <div className={`${styles.toolbar} ${toolbar.toolbar}`}>
        <div className={toolbar.filters}>
          <FilterSelect label="Action" anyLabel="Any" value={action} options={AUDIT_ACTION_OPTIONS} onChange={setAction} />
          <FilterSelect label="Entity" anyLabel="Any" value={entityType} options={AUDIT_ENTITY_TYPE_OPTIONS} onChange={setEntityType} />
          <AuditActorSearch value={actorInput} onChange={setActorInput} />
          {(filtered || actorInput) && <button type="button" className={toolbar.clear} onClick={clear}>Clear filters</button>}
        </div>
        {busy && <Spinner size={14} label="Loading events" />}
      </div>
      {query.isError && events.length === 0 ? (
        <div className={styles.error} role="alert">Could not load the audit log: {query.error.message}</div>
      ) : events.length === 0 ? (
        query.isPending ? <div className={styles.loading}>Loading events…</div> : <AuditEmptyState filtered={filtered} onClear={clear} />
      ) : (
        <>
          <AuditTable events={events} />
          <AuditFooter
            shown={events.length}
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

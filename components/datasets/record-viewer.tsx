"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { SearchX } from "lucide-react";
import { useCallback, useState } from "react";
import { Button } from "@/components/ui/button";
import { PanelError } from "@/components/ui/panel-error";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchBox } from "@/components/ui/search-box";
import { Spinner } from "@/components/ui/spinner";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";
import type { DatasetRecordDto } from "@/lib/datasets/dataset.types";
import type { RecordPage } from "@/lib/datasets/list-dataset-records";
import { formatInteger } from "@/lib/format/format-number";
import { apiFetch } from "@/lib/http/problem-client";
import { datasetDetailKeys } from "./dataset-detail-keys";
import { RecordRow } from "./record-row";
import { VirtualList } from "./virtual-list";
import styles from "./record-viewer.module.css";

const PAGE_SIZE = 100;
const VIEWPORT_HEIGHT = 560;
const recordKey = (record: DatasetRecordDto) => String(record.ordinal);

interface RecordViewerProps {
  datasetId: string;
  recordCount: number;
  /** The first page, rendered on the server (no search). */
  initialPage: RecordPage;
}

/** The records in upload order, windowed, loaded a page at a time by cursor as one scrolls; searchable. */
export function RecordViewer({ datasetId, recordCount, initialPage }: RecordViewerProps) {
  const [input, setInput] = useState("");
  const q = useDebouncedValue(input.trim(), 300);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());

  const records = useInfiniteQuery({
    queryKey: datasetDetailKeys.records(datasetId, q),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (q) params.set("q", q);
      if (pageParam !== null) params.set("cursor", String(pageParam));
      return apiFetch<RecordPage>(`/api/v1/datasets/${datasetId}/records?${params}`, { signal });
    },
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: q === "" ? { pages: [initialPage], pageParams: [null] } : undefined,
    placeholderData: keepPreviousData,
    // A stored dataset never changes.
    staleTime: Infinity,
  });

  const items = records.data?.pages.flatMap((page) => page.items) ?? [];
  const matchCount = records.data?.pages[0]?.matchCount ?? null;
  const showingSearch = q !== "" && !records.isPlaceholderData;
  const total = showingSearch && matchCount !== null ? matchCount : recordCount;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = records;

  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  function toggle(ordinal: number) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(ordinal)) next.delete(ordinal);
      else next.add(ordinal);
      return next;
    });
  }

  const searching = input.trim() !== q || (records.isFetching && !isFetchingNextPage);

  return (
    <div className={styles.viewer} data-testid="record-viewer">
      <div className={styles.toolbar}>
        <SearchBox
          label="Search records"
          placeholder="Search prompts and completions"
          value={input}
          onChange={setInput}
          busy={searching}
          width={360}
        />
        <span className={styles.count} role="status" data-testid="record-count">
          {showingSearch
            ? `${formatInteger(total)} ${total === 1 ? "match" : "matches"}`
            : `${formatInteger(recordCount)} ${recordCount === 1 ? "record" : "records"}`}
          {items.length < total && items.length > 0 && (
            <span className={styles.loaded}> · {formatInteger(items.length)} loaded</span>
          )}
        </span>
      </div>
      {records.isError && items.length === 0 ? (
        <PanelError onRetry={() => void records.refetch()}>
          Could not load the records: {records.error.message}
        </PanelError>
      ) : items.length === 0 && records.isPending ? (
        <div className={styles.status}>
          <Spinner size={14} /> Loading records…
        </div>
      ) : items.length === 0 ? (
        <EmptyState
          compact
          icon={<SearchX size={18} />}
          title={q ? `No record contains “${q}”` : "This dataset has no records"}
          description={q ? "The search looks for the text, ignoring case, in every prompt and completion." : undefined}
          action={q ? <Button onClick={() => setInput("")}>Clear search</Button> : undefined}
        />
      ) : (
        <VirtualList
          items={items}
          itemKey={recordKey}
          estimateHeight={84}
          height={Math.min(VIEWPORT_HEIGHT, Math.max(160, items.length * 84 + 48))}
          label={q ? `Records matching ${q}` : "Records"}
          setSize={total}
          resetKey={q}
          busy={records.isPlaceholderData}
          onEndReached={loadMore}
          header={
            <div className={`${styles.row} ${styles.headingRow}`} aria-hidden="true">
              <span className={styles.ordinal}>#</span>
              <span>Prompt</span>
              <span>Completion</span>
              <span />
            </div>
          }
          footer={
            <div className={styles.footer}>
              {isFetchingNextPage ? (
                <>
                  <Spinner size={13} /> Loading more records…
                </>
              ) : records.isFetchNextPageError ? (
                <>
                  <span className={styles.footerError}>Could not load more: {records.error.message}</span>
                  <Button size="sm" onClick={() => void fetchNextPage()}>
                    Try again
                  </Button>
                </>
              ) : hasNextPage ? (
                <Button size="sm" onClick={loadMore}>
                  Load more
                </Button>
              ) : (
                `End of ${showingSearch ? "the matches" : "the dataset"}`
              )}
            </div>
          }
          renderItem={(record) => (
            <RecordRow
              record={record}
              query={showingSearch ? q : ""}
              expanded={expanded.has(record.ordinal)}
              onToggle={() => toggle(record.ordinal)}
            />
          )}
        />
      )}
    </div>
  );
}

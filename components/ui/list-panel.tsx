import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { ListFooter } from "./list-footer";
import { NoMatchesState, type NoMatchesStateProps } from "./no-matches-state";
import type { CursorList } from "./use-cursor-list";
import styles from "./list-panel.module.css";

interface ListPanelProps {
  list: CursorList<unknown>;
  /** Search box or filters above the list. */
  toolbar: ReactNode;
  /** While the first page loads; "Loading <plural noun>…" unless given. */
  loadingText?: string;
  /** Before the reason when nothing could be loaded; "Could not load <plural noun>" unless given. */
  errorText?: string;
  /** When the list has no items at all. */
  empty: { icon: ReactNode; title: string; description: ReactNode };
  /** While a search or filter applies: shown instead of `empty`, with a way to clear it. */
  noMatches: NoMatchesStateProps | null;
  /** Singular and plural for the count under the list. */
  noun: readonly [string, string];
  /** Follows the count while more pages remain; "shown" unless given. */
  moreNote?: string;
  /** On the count under the list; "<plural noun>-count" unless given. */
  countTestId?: string;
  /** The table of `list.items`. */
  children: ReactNode;
}

/** A cursor-paginated list: toolbar, then an error, "loading", the empty state, or the items with a Load more footer. */
export function ListPanel({
  list,
  toolbar,
  loadingText,
  errorText,
  empty,
  noMatches,
  noun,
  moreNote,
  countTestId,
  children,
}: ListPanelProps) {
  const count = list.items.length;
  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>{toolbar}</div>
      {list.error !== null && count === 0 ? (
        <div className={styles.error} role="alert">
          {errorText ?? `Could not load ${noun[1]}`}: {list.error}
        </div>
      ) : count === 0 ? (
        list.isPending ? (
          <div className={styles.loading}>{loadingText ?? `Loading ${noun[1]}…`}</div>
        ) : noMatches ? (
          <NoMatchesState {...noMatches} />
        ) : (
          <EmptyState {...empty} />
        )
      ) : (
        <>
          {children}
          <ListFooter
            shown={count}
            noun={noun}
            moreNote={moreNote}
            testId={countTestId ?? `${noun[1]}-count`}
            hasMore={list.hasMore}
            loadingMore={list.isLoadingMore}
            error={list.loadMoreError}
            onLoadMore={list.loadMore}
          />
        </>
      )}
    </div>
  );
}

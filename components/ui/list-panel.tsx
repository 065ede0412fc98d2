import type { ReactNode } from "react";
import { ListFooter } from "./list-footer";
import type { CursorList } from "./use-cursor-list";
import styles from "./list-panel.module.css";

interface ListPanelProps {
  list: CursorList<unknown>;
  /** Search box or filters above the list. */
  toolbar: ReactNode;
  /** While the first page loads, e.g. "Loading models…". */
  loadingText: string;
  /** Before the reason when nothing could be loaded, e.g. "Could not load models". */
  errorText: string;
  /** When the list has no items. */
  empty: ReactNode;
  /** Singular and plural for the count under the list. */
  noun: readonly [string, string];
  /** Follows the count while more pages remain; "shown" unless given. */
  moreNote?: string;
  countTestId: string;
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
          {errorText}: {list.error}
        </div>
      ) : count === 0 ? (
        list.isPending ? (
          <div className={styles.loading}>{loadingText}</div>
        ) : (
          empty
        )
      ) : (
        <>
          {children}
          <ListFooter
            shown={count}
            noun={noun}
            moreNote={moreNote}
            testId={countTestId}
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

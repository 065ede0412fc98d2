import { Button } from "./button";
import { Spinner } from "./spinner";
import { formatInteger } from "@/lib/format/format-number";
import styles from "./list-footer.module.css";

interface ListFooterProps {
  shown: number;
  /** Singular and plural, e.g. ["model", "models"]. */
  noun: readonly [string, string];
  /** Follows the count while more pages remain. */
  moreNote?: string;
  /** On the count, e.g. "models-count". */
  testId: string;
  hasMore: boolean;
  loadingMore: boolean;
  error: string | null;
  onLoadMore: () => void;
}

/** Under a cursor-paginated list: how many items are shown, and "Load more" while there are more. */
export function ListFooter({
  shown,
  noun,
  moreNote = "shown",
  testId,
  hasMore,
  loadingMore,
  error,
  onLoadMore,
}: ListFooterProps) {
  return (
    <div className={styles.footer}>
      <span className={styles.count} data-testid={testId}>
        {formatInteger(shown)} {shown === 1 ? noun[0] : noun[1]}
        {hasMore ? ` ${moreNote}` : ""}
      </span>
      {error && (
        <span className={styles.error} role="alert">
          Could not load more: {error}
        </span>
      )}
      {hasMore && (
        <Button size="sm" onClick={onLoadMore} disabled={loadingMore}>
          {loadingMore && <Spinner size={13} />}
          {loadingMore ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}

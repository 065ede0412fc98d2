import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import styles from "@/components/models/models-footer.module.css";
import { formatInteger } from "@/lib/ui/format-number";

interface AuditFooterProps {
  shown: number;
  hasMore: boolean;
  loadingMore: boolean;
  error: string | null;
  onLoadMore: () => void;
}

export function AuditFooter({ shown, hasMore, loadingMore, error, onLoadMore }: AuditFooterProps) {
  return (
    <div className={styles.footer}>
      <span className={styles.count} data-testid="audit-count">
        {formatInteger(shown)} {shown === 1 ? "event" : "events"}
        {hasMore ? " shown, newest first" : ""}
      </span>
      {error && <span className={styles.error} role="alert">Could not load more: {error}</span>}
      {hasMore && (
        <Button size="sm" onClick={onLoadMore} disabled={loadingMore}>
          {loadingMore && <Spinner size={13} />}
          {loadingMore ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}

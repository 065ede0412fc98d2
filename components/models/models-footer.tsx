import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { formatInteger } from "@/lib/ui/format-number";
import styles from "./models-footer.module.css";

interface ModelsFooterProps {
  shown: number;
  hasMore: boolean;
  loadingMore: boolean;
  error: string | null;
  onLoadMore: () => void;
}

export function ModelsFooter({ shown, hasMore, loadingMore, error, onLoadMore }: ModelsFooterProps) {
  return (
    <div className={styles.footer}>
      <span className={styles.count} data-testid="models-count">
        {formatInteger(shown)} {shown === 1 ? "model" : "models"}
        {hasMore ? " shown" : ""}
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

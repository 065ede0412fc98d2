import { KeyRound, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import styles from "./new-token-notice.module.css";

/** The new token, shown this once: the server keeps only its hash. */
export function NewTokenNotice({ name, token, onDismiss }: { name: string; token: string; onDismiss: () => void }) {
  return (
    <div className={styles.notice} role="status" data-testid="new-token">
      <div className={styles.heading}>
        <KeyRound size={15} aria-hidden="true" />
        <span>
          Token <strong>{name}</strong> created
        </span>
      </div>
      <div className={styles.tokenRow}>
        <code className={styles.token} data-testid="new-token-value">
          {token}
        </code>
        <CopyButton value={token} label="Copy token" />
      </div>
      <p className={styles.warning}>
        <TriangleAlert size={14} aria-hidden="true" />
        Copy it now and keep it somewhere safe. It will not be shown again: Pedigree stores only a hash of it.
      </p>
      <div>
        <Button size="sm" onClick={onDismiss}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}

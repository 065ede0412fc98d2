import { KeyRound, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import styles from "./new-token-notice.module.css";

/** A new webhook's signing secret, shown this once. */
export function NewWebhookSecretNotice({
  url,
  secret,
  onDismiss,
}: {
  url: string;
  secret: string;
  onDismiss: () => void;
}) {
  return (
    <div className={styles.notice} role="status" data-testid="new-webhook-secret">
      <div className={styles.heading}>
        <KeyRound size={15} aria-hidden="true" />
        <span>
          Webhook to <strong>{url}</strong> added. Its signing secret:
        </span>
      </div>
      <div className={styles.tokenRow}>
        <code className={styles.token} data-testid="new-webhook-secret-value">
          {secret}
        </code>
        <CopyButton value={secret} label="Copy secret" />
      </div>
      <p className={styles.warning}>
        <TriangleAlert size={14} aria-hidden="true" />
        Copy it now: it will not be shown again. The receiver checks each request&apos;s X-Pedigree-Signature-256 header
        (sha256=HMAC-SHA256 of the raw body) with it.
      </p>
      <div>
        <Button size="sm" onClick={onDismiss}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}

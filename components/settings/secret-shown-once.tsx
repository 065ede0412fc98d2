import type { ReactNode } from "react";
import { KeyRound, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import styles from "./secret-shown-once.module.css";

/** A secret the server keeps only a hash or a sealed copy of, shown this once with a copy button. */
export function SecretShownOnce({
  heading,
  secret,
  copyLabel,
  warning,
  testId,
  onDismiss,
}: {
  heading: ReactNode;
  secret: string;
  copyLabel: string;
  warning: ReactNode;
  /** `data-testid` of the notice; its value's is `<testId>-value`. */
  testId: string;
  onDismiss: () => void;
}) {
  return (
    <div className={styles.notice} role="status" data-testid={testId}>
      <div className={styles.heading}>
        <KeyRound size={15} aria-hidden="true" />
        <span>{heading}</span>
      </div>
      <div className={styles.tokenRow}>
        <code className={styles.token} data-testid={`${testId}-value`}>
          {secret}
        </code>
        <CopyButton value={secret} label={copyLabel} />
      </div>
      <p className={styles.warning}>
        <TriangleAlert size={14} aria-hidden="true" />
        {warning}
      </p>
      <div>
        <Button size="sm" onClick={onDismiss}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}

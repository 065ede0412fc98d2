"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import styles from "./token-revoke-button.module.css";

/** "Delete", then an inline confirmation: a deleted webhook is sent nothing more. */
export function WebhookDeleteButton({
  url,
  pending,
  onDelete,
}: {
  url: string;
  pending: boolean;
  onDelete: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  if (pending) {
    return (
      <span className={styles.pending}>
        <Spinner size={13} /> Deleting…
      </span>
    );
  }
  if (!confirming) {
    return (
      <Button size="sm" onClick={() => setConfirming(true)} aria-label={`Delete webhook ${url}`}>
        Delete
      </Button>
    );
  }
  return (
    <span className={styles.confirm} role="group" aria-label={`Confirm deleting ${url}`}>
      <span className={styles.question}>Delete for good?</span>
      <button
        type="button"
        className={styles.danger}
        onClick={() => {
          setConfirming(false);
          onDelete();
        }}
        autoFocus
      >
        Yes, delete
      </button>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </span>
  );
}

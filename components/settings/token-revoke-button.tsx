"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import styles from "./token-revoke-button.module.css";

interface TokenRevokeButtonProps {
  name: string;
  pending: boolean;
  onRevoke: () => void;
}

/** "Revoke", then an inline confirmation: revoking cannot be undone. */
export function TokenRevokeButton({ name, pending, onRevoke }: TokenRevokeButtonProps) {
  const [confirming, setConfirming] = useState(false);
  if (pending) {
    return (
      <span className={styles.pending}>
        <Spinner size={13} /> Revoking…
      </span>
    );
  }
  if (!confirming) {
    return (
      <Button size="sm" onClick={() => setConfirming(true)} aria-label={`Revoke token ${name}`}>
        Revoke
      </Button>
    );
  }
  return (
    <span className={styles.confirm} role="group" aria-label={`Confirm revoking ${name}`}>
      <span className={styles.question}>Revoke for good?</span>
      <button
        type="button"
        className={styles.danger}
        onClick={() => {
          setConfirming(false);
          onRevoke();
        }}
        autoFocus
      >
        Yes, revoke
      </button>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </span>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClassName } from "./button";
import { Spinner } from "./spinner";
import styles from "./form-actions.module.css";

interface FormActionsProps {
  /** Disables the submit button and shows a spinner in it: while sending, and while opening what it made. */
  busy: boolean;
  /** The submit button's words, which say what is happening while busy. */
  children: ReactNode;
  /** The way out, a link beside the button: "Cancel" unless said otherwise. */
  leave: { href: string; label?: ReactNode };
}

/** A registration form's closing row: the large submit button, then a link to leave without it. */
export function FormActions({ busy, children, leave }: FormActionsProps) {
  return (
    <div className={styles.actions}>
      <Button type="submit" variant="primary" size="lg" disabled={busy}>
        {busy && <Spinner size={14} />}
        {children}
      </Button>
      <Link href={leave.href} className={buttonClassName({ variant: "ghost", size: "lg" })}>
        {leave.label ?? "Cancel"}
      </Link>
    </div>
  );
}

import type { ReactNode } from "react";
import { Button } from "./button";
import status from "./panel-status.module.css";

interface PanelErrorProps {
  /** What could not be loaded, and why. */
  children: ReactNode;
  onRetry: () => void;
  /** The panel's own look beside the shared one (a border, a padding). */
  className?: string;
}

/** A panel's content that could not be loaded, in its place: the problem and a button to try again. */
export function PanelError({ children, onRetry, className }: PanelErrorProps) {
  return (
    <div className={[status.status, status.error, className].filter(Boolean).join(" ")} role="alert">
      {children}
      <Button size="sm" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}

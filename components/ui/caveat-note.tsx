import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import styles from "./caveat-note.module.css";

/** What a reader must know before trusting a figure (e.g. a test that treats clustered samples as independent). */
export function CaveatNote({ children }: { children: ReactNode }) {
  return (
    <span className={styles.caveat} role="note">
      <TriangleAlert size={14} aria-hidden="true" />
      <span>{children}</span>
    </span>
  );
}

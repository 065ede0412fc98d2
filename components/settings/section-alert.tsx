import type { ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import styles from "./settings-section.module.css";

/** A settings card's error that belongs to no form: in a band above the card's table. */
export function SectionAlert({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  return (
    <div className={styles.banner}>
      <FormAlert tone="error" onDismiss={onDismiss}>
        {children}
      </FormAlert>
    </div>
  );
}

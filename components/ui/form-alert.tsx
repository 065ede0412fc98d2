import { CircleAlert, CircleCheck, X } from "lucide-react";
import type { ReactNode } from "react";
import styles from "./form.module.css";
import { toneClass } from "./tone";

interface FormAlertProps {
  tone: "error" | "success";
  children: ReactNode;
  onDismiss?: () => void;
}

/** A form's overall outcome: a problem that belongs to no single field, or a success. */
export function FormAlert({ tone, children, onDismiss }: FormAlertProps) {
  const Icon = tone === "error" ? CircleAlert : CircleCheck;
  return (
    <div
      className={`${styles.alert} ${toneClass(tone === "error" ? "red" : "green")}`}
      data-tone={tone}
      role={tone === "error" ? "alert" : "status"}
    >
      <Icon size={15} aria-hidden="true" />
      <span className={styles.alertText}>{children}</span>
      {onDismiss && (
        <button type="button" className={styles.alertDismiss} onClick={onDismiss} aria-label="Dismiss">
          <X size={14} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}

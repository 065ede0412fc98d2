import type { ReactNode } from "react";
import styles from "./badge.module.css";

export type BadgeTone = "gray" | "blue" | "violet" | "amber" | "green" | "teal" | "pink" | "red" | "accent";

interface BadgeProps {
  tone?: BadgeTone;
  /** "soft" is a tinted pill; "chip" a quieter outlined tag; "dot" a coloured dot before plain text. */
  variant?: "soft" | "chip" | "dot";
  icon?: ReactNode;
  title?: string;
  children: ReactNode;
}

export function Badge({ tone = "gray", variant = "soft", icon, title, children }: BadgeProps) {
  return (
    <span className={`${styles.badge} ${styles[variant]}`} data-tone={tone} title={title}>
      {variant === "dot" ? <span className={styles.dotMark} aria-hidden="true" /> : icon}
      {children}
    </span>
  );
}

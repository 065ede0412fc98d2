import type { ReactNode } from "react";
import styles from "./badge.module.css";
import { type Tone, toneClass } from "./tone";

interface BadgeProps {
  tone?: Tone;
  /** "soft" is a tinted pill; "chip" a quieter outlined tag; "dot" a coloured dot before plain text. */
  variant?: "soft" | "chip" | "dot";
  icon?: ReactNode;
  title?: string;
  children: ReactNode;
}

export function Badge({ tone = "gray", variant = "soft", icon, title, children }: BadgeProps) {
  return (
    <span className={`${styles.badge} ${styles[variant]} ${toneClass(tone)}`} data-tone={tone} title={title}>
      {variant === "dot" ? <span className={styles.dotMark} aria-hidden="true" /> : icon}
      {children}
    </span>
  );
}

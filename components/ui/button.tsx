import type { ButtonHTMLAttributes } from "react";
import styles from "./button.module.css";

type ButtonVariant = "primary" | "secondary" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

export interface ButtonStyleProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  iconOnly?: boolean;
}

export function buttonClassName(
  { variant = "secondary", size = "md", iconOnly = false }: ButtonStyleProps,
  extra?: string,
): string {
  return [styles.button, styles[variant], size !== "md" && styles[size], iconOnly && styles.iconOnly, extra]
    .filter(Boolean)
    .join(" ");
}

export function Button({
  variant,
  size,
  iconOnly,
  className,
  type = "button",
  ...props
}: ButtonStyleProps & ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={buttonClassName({ variant, size, iconOnly }, className)} {...props} />;
}

"use client";
import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useHydrated } from "./use-hydrated";
import styles from "./theme-toggle.module.css";

const OPTIONS = [
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
  { value: "system", label: "System", icon: Monitor },
] as const;

export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  // The stored theme is only known in the browser; render no selection until then.
  const mounted = useHydrated();
  const current = mounted ? (theme ?? "system") : null;

  return (
    <div role="radiogroup" aria-label="Theme" className={styles.group}>
      {OPTIONS.map(({ value, label, icon: Icon }) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={current === value}
          aria-label={label}
          title={`${label} theme`}
          className={styles.option}
          onClick={() => setTheme(value)}
        >
          <Icon size={14} strokeWidth={2} aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}

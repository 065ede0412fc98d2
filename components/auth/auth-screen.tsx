import type { ReactNode } from "react";
import { LogoMark } from "@/components/ui/logo-mark";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import styles from "./auth-screen.module.css";

interface AuthScreenProps {
  title: string;
  description: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The centred card of the pages outside the dashboard: sign-in, forbidden. */
export function AuthScreen({ title, description, children, footer }: AuthScreenProps) {
  return (
    <div className={styles.screen}>
      <div className={styles.corner}>
        <ThemeToggle />
      </div>
      <main className={styles.column}>
        <div className={styles.card}>
          <div className={styles.brand}>
            <LogoMark size={40} />
          </div>
          <h1 className={styles.title}>{title}</h1>
          <p className={styles.description}>{description}</p>
          <div className={styles.body}>{children}</div>
        </div>
        {footer && <p className={styles.footer}>{footer}</p>}
      </main>
    </div>
  );
}

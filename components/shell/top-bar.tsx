import { ThemeToggle } from "@/components/ui/theme-toggle";
import { UserRoleBadge } from "@/components/ui/user-role-badge";
import type { RoleName } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";
import { TopBarTitle } from "./top-bar-title";
import styles from "./top-bar.module.css";

export function TopBar({ email, role }: { email: string; role: RoleName }) {
  return (
    <header className={styles.bar}>
      <TopBarTitle />
      <div className={styles.actions}>
        <ThemeToggle />
        <span className={styles.divider} aria-hidden="true" />
        <div className={styles.user} data-testid="current-user">
          <span className={styles.avatar} aria-hidden="true">
            {email.slice(0, 1).toUpperCase()}
          </span>
          <span className={styles.email}>{email}</span>
          <UserRoleBadge role={role} />
        </div>
        <SignOutButton />
      </div>
    </header>
  );
}

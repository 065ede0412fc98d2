import { ThemeToggle } from "@/components/ui/theme-toggle";
import { UserRoleBadge } from "@/components/ui/user-role-badge";
import type { RoleName, Scope } from "@/lib/auth/roles";
import { CommandPalette } from "./command-palette";
import { MenuDrawer } from "./menu-drawer";
import { SignOutButton } from "./sign-out-button";
import { TopBarTitle } from "./top-bar-title";
import styles from "./top-bar.module.css";

export function TopBar({ email, role, scopes }: { email: string; role: RoleName; scopes: readonly Scope[] }) {
  return (
    <header className={styles.bar}>
      <div className={styles.start}>
        <MenuDrawer
          scopes={scopes}
          account={
            <>
              <ThemeToggle />
              <span className={styles.drawerUser}>
                <span className={styles.drawerEmail}>{email}</span>
                <UserRoleBadge role={role} />
              </span>
              <SignOutButton />
            </>
          }
        />
        <TopBarTitle />
      </div>
      <div className={styles.actions}>
        <CommandPalette scopes={scopes} />
        <span className={styles.wide}>
          <ThemeToggle />
        </span>
        <span className={styles.divider} aria-hidden="true" />
        <div className={styles.user} data-testid="current-user">
          <span className={styles.avatar} aria-hidden="true">
            {email.slice(0, 1).toUpperCase()}
          </span>
          <span className={styles.email}>{email}</span>
          <UserRoleBadge role={role} />
        </div>
        <span className={styles.wide}>
          <SignOutButton />
        </span>
      </div>
    </header>
  );
}

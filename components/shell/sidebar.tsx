import Link from "next/link";
import { LogoMark } from "@/components/ui/logo-mark";
import type { Scope } from "@/lib/auth/roles";
import { SidebarNav } from "./sidebar-nav";
import styles from "./sidebar.module.css";

export function Sidebar({ scopes }: { scopes: readonly Scope[] }) {
  return (
    <aside className={styles.sidebar}>
      <div className={styles.inner}>
        <Link href="/overview" className={styles.brand} aria-label="Pedigree overview">
          <LogoMark size={26} />
          <span className={styles.brandName}>Pedigree</span>
        </Link>
        <SidebarNav scopes={scopes} />
        <div className={styles.footer}>
          <span className={styles.footerText}>Model provenance</span>
          <span className={styles.version}>v0.1</span>
        </div>
      </div>
    </aside>
  );
}

"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Scope } from "@/lib/auth/roles";
import { activeNavItem, NAV_GROUPS } from "./nav-items";
import styles from "./sidebar.module.css";

/** `expanded`: always with labels and group names (the phone menu), not an icon rail on narrow windows. */
export function SidebarNav({ scopes, expanded = false }: { scopes: readonly Scope[]; expanded?: boolean }) {
  const active = activeNavItem(usePathname());
  return (
    <nav aria-label="Main" className={styles.nav} data-expanded={expanded || undefined}>
      {NAV_GROUPS.map((group) => {
        const items = group.items.filter((item) => !item.scope || scopes.includes(item.scope));
        if (items.length === 0) return null;
        return (
          <div key={group.label} className={styles.group}>
            <div className={styles.groupLabel}>{group.label}</div>
            <ul className={styles.list}>
              {items.map(({ href, label, icon: Icon }) => {
                const isActive = active?.href === href;
                return (
                  <li key={href}>
                    <Link
                      href={href}
                      className={styles.link}
                      data-active={isActive || undefined}
                      aria-current={isActive ? "page" : undefined}
                      title={label}
                    >
                      <Icon size={16} strokeWidth={1.9} aria-hidden="true" />
                      <span className={styles.label}>{label}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

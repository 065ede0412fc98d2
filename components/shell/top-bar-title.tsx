"use client";
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeNavItem } from "./nav-items";
import styles from "./top-bar.module.css";

/** The section the page belongs to, as a breadcrumb; a detail page adds a crumb back to its list. */
export function TopBarTitle() {
  const pathname = usePathname();
  const item = activeNavItem(pathname);
  if (!item) return <span className={styles.crumbCurrent}>Pedigree</span>;
  const Icon = item.icon;
  const isDetail = pathname !== item.href;
  const last = pathname.split("/").pop();
  const current = last === "new" ? "New" : last === "upload" ? "Upload" : "Details";
  return (
    <nav aria-label="Breadcrumb" className={styles.crumbs}>
      <Icon size={15} strokeWidth={1.9} className={styles.crumbIcon} aria-hidden="true" />
      {isDetail ? (
        <>
          <Link href={item.href} className={styles.crumbLink}>
            {item.label}
          </Link>
          <ChevronRight size={14} className={styles.crumbSep} aria-hidden="true" />
          <span className={styles.crumbCurrent}>{current}</span>
        </>
      ) : (
        <span className={styles.crumbCurrent}>{item.label}</span>
      )}
    </nav>
  );
}

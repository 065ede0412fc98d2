"use client";
import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { LogoMark } from "@/components/ui/logo-mark";
import type { Scope } from "@/lib/auth/roles";
import { SidebarNav } from "./sidebar-nav";
import styles from "./menu-drawer.module.css";

/**
 * On phones, where the sidebar is hidden, a menu button opens the navigation in a drawer: a modal
 * <dialog>, so focus stays inside it and Escape closes it, as does a tap outside it or following a link.
 * `account` is the rest of what the top bar holds on wider screens (theme, who is signed in, sign-out).
 */
export function MenuDrawer({ scopes, account }: { scopes: readonly Scope[]; account: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);

  return (
    <>
      <button
        type="button"
        className={styles.open}
        aria-label="Menu"
        aria-haspopup="dialog"
        aria-controls="menu-drawer"
        onClick={() => dialog.current?.showModal()}
      >
        <Menu size={18} aria-hidden="true" />
      </button>
      <dialog
        ref={dialog}
        id="menu-drawer"
        className={styles.drawer}
        aria-label="Menu"
        // A tap on the backdrop lands on the dialog element itself, outside its panel.
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
      >
        <div className={styles.panel}>
          <div className={styles.head}>
            <Link href="/overview" className={styles.brand}>
              <LogoMark size={24} />
              Pedigree
            </Link>
            <button
              type="button"
              className={styles.close}
              aria-label="Close menu"
              onClick={() => dialog.current?.close()}
            >
              <X size={18} aria-hidden="true" />
            </button>
          </div>
          <SidebarNav scopes={scopes} expanded />
          <div className={styles.account}>{account}</div>
        </div>
      </dialog>
    </>
  );
}

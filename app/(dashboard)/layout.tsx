import type { ReactNode } from "react";
import { DemoBanner } from "@/components/shell/demo-banner";
import { Sidebar } from "@/components/shell/sidebar";
import { TopBar } from "@/components/shell/top-bar";
import { requireActor } from "@/lib/auth/current-user";
import { workspaceHasDemoData } from "@/lib/workspace/workspace-has-demo-data";
import styles from "./dashboard.module.css";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const hasDemoData = await workspaceHasDemoData();
  // A session actor's label is the user's email.
  const email = actor.label;

  return (
    <div className={styles.shell}>
      <Sidebar scopes={actor.scopes} />
      <div className={styles.main}>
        {hasDemoData && <DemoBanner />}
        <TopBar email={email} role={actor.role} scopes={actor.scopes} />
        <main className={styles.content}>{children}</main>
      </div>
    </div>
  );
}

import { Boxes, Database, FlaskConical, Ruler, TriangleAlert, Workflow } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { RecentModelsList } from "@/components/overview/recent-models-list";
import { StatCard } from "@/components/overview/stat-card";
import { UnmeasuredModelsList } from "@/components/overview/unmeasured-models-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listModels } from "@/lib/models/list-models";
import { getWorkspaceCounts } from "@/lib/workspace/get-workspace-counts";
import { listUnmeasuredModels } from "@/lib/workspace/list-unmeasured-models";
import styles from "./overview.module.css";

export const metadata: Metadata = { title: "Overview" };

const UNMEASURED_SHOWN = 12;

export default async function OverviewPage() {
  await requireActor();
  const [counts, recent, unmeasured] = await Promise.all([
    getWorkspaceCounts(),
    listModels({ limit: 8 }),
    listUnmeasuredModels(UNMEASURED_SHOWN),
  ]);

  return (
    <>
      <PageHeader title="Overview" description="What this workspace records: which teacher generated which data, which students trained on it, and what each was measured to do." />
      <div className={styles.stats}>
        <StatCard label="Models" value={counts.models} href="/models" icon={Boxes} hint="Bases, teachers, students" />
        <StatCard label="Datasets" value={counts.datasets} href="/datasets" icon={Database} hint="Generated and filtered" />
        <StatCard label="Runs" value={counts.runs} href="/runs" icon={Workflow} hint="Distillation and fine-tuning" />
        <StatCard label="Traits" value={counts.traits} href="/traits" icon={FlaskConical} hint="Behaviours tracked" />
        <StatCard label="Measurements" value={counts.measurements} href="/traits" icon={Ruler} hint="Trait rates with intervals" />
      </div>
      <div className={styles.columns}>
        <Card
          title="Recently registered"
          actions={<Link href="/models" className={styles.cardLink}>All models</Link>}
          flush
          id="recent-models"
        >
          <RecentModelsList models={recent.items} />
        </Card>
        <Card
          title={
            <>
              <TriangleAlert size={15} className={styles.warnIcon} aria-hidden="true" />
              Unmeasured models
            </>
          }
          meta={counts.unmeasuredModels}
          description="A student exposed to a teacher's data but never measured may carry the teacher's trait unseen."
          flush
          id="unmeasured-models"
        >
          <UnmeasuredModelsList models={unmeasured} total={counts.unmeasuredModels} />
        </Card>
      </div>
    </>
  );
}

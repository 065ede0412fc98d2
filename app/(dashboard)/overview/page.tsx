import { Boxes, Database, FlaskConical, Ruler, ShieldAlert, TriangleAlert, Workflow } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { RecentModelsList } from "@/components/overview/recent-models-list";
import { StatCard } from "@/components/overview/stat-card";
import { TraitHeatmap } from "@/components/overview/trait-heatmap";
import { UnmeasuredExposuresList } from "@/components/overview/unmeasured-exposures-list";
import { UnmeasuredModelsList } from "@/components/overview/unmeasured-models-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { PAPER_SHORT } from "@/lib/paper/paper-citation";
import { getOverview } from "@/lib/workspace/get-overview";
import type { WorkspaceCounts } from "@/lib/workspace/get-workspace-counts";
import styles from "./overview.module.css";

export const metadata: Metadata = { title: "Overview" };

/** One of the workspace's totals, shown as a card that links to where they are listed. */
interface Stat {
  count: keyof WorkspaceCounts;
  label: string;
  href: string;
  icon: LucideIcon;
  hint: string;
}

const STATS: readonly Stat[] = [
  { count: "models", label: "Models", href: "/models", icon: Boxes, hint: "Bases, teachers, students" },
  { count: "datasets", label: "Datasets", href: "/datasets", icon: Database, hint: "Generated and filtered" },
  { count: "runs", label: "Runs", href: "/runs", icon: Workflow, hint: "Distillation and fine-tuning" },
  { count: "traits", label: "Traits", href: "/traits", icon: FlaskConical, hint: "Behaviours tracked" },
  {
    count: "measurements",
    label: "Measurements",
    href: "/measurements",
    icon: Ruler,
    hint: "Trait rates with intervals",
  },
];

export default async function OverviewPage() {
  await requireActor();
  const { counts, recent, unmeasured, heatmap, exposures } = await getOverview();

  return (
    <>
      <PageHeader
        title="Overview"
        description="What this workspace records: which teacher generated which data, which students trained on it, and what each was measured to do."
      />
      <div className={styles.traitColumns}>
        {heatmap.cells.length === 0 ? (
          <Card title="Trait rates by model" flush id="trait-heatmap">
            <EmptyState
              compact
              icon={<Ruler size={18} />}
              title="No measurements yet"
              description="Once models are measured on a trait, their rates appear here, marked where a model differs from its base model."
            />
          </Card>
        ) : (
          <TraitHeatmap heatmap={heatmap} />
        )}
        <Card
          title={
            <>
              <ShieldAlert size={15} className={styles.riskIcon} aria-hidden="true" />
              Exposed but never measured
            </>
          }
          meta={exposures.total}
          description={`Models downstream of a trait's source (a model declared to carry it, such as a prompted teacher, or measured above its initialisation) that were never measured on it. High risk first: they share the source's initialisation, the case in which traits transferred in ${PAPER_SHORT}.`}
          flush
          id="unmeasured-exposures"
        >
          <UnmeasuredExposuresList exposures={exposures.items} total={exposures.total} />
        </Card>
      </div>
      <div className={styles.stats}>
        {STATS.map(({ count, ...stat }) => (
          <StatCard key={count} value={counts[count]} {...stat} />
        ))}
      </div>
      <div className={styles.columns}>
        <Card
          title="Recently registered"
          actions={
            <Link href="/models" className={styles.cardLink}>
              All models
            </Link>
          }
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
          description="Models with no trait measurement at all, newest first. Those exposed to a trait are listed above with the path it took."
          flush
          id="unmeasured-models"
        >
          <UnmeasuredModelsList models={unmeasured} total={counts.unmeasuredModels} />
        </Card>
      </div>
    </>
  );
}

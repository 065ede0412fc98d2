import { Ruler, ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import { cache } from "react";
import { UnmeasuredExposuresList } from "@/components/overview/unmeasured-exposures-list";
import { ProtocolSwitch } from "@/components/traits/protocol-switch";
import { TraitModelsTable } from "@/components/traits/trait-models-table";
import { TraitPageHeader } from "@/components/traits/trait-page-header";
import { TraitRateChart } from "@/components/traits/trait-rate-chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import layout from "@/components/ui/layout.module.css";
import { requireActor } from "@/lib/auth/current-user";
import { chartEntriesFor, tableEntriesFor } from "@/lib/traits/chart-entries";
import { getTraitChart, type TraitChart } from "@/lib/traits/get-trait-chart";
import { orNotFound } from "../../or-not-found";
import styles from "./trait-page.module.css";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ protocol?: string | string[] }> };

// One database read per request, shared by generateMetadata and the page.
const loadChart = cache(async (slug: string): Promise<TraitChart & { canExport: boolean; canAudit: boolean }> => {
  const actor = await requireActor();
  return {
    ...(await orNotFound(getTraitChart(slug))),
    canExport: actor.scopes.includes("reports:export"),
    canAudit: actor.scopes.includes("audit:read"),
  };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chart = await loadChart((await params).slug);
  return { title: chart.trait.name };
}

export default async function TraitPage({ params, searchParams }: Props) {
  const { trait, models, scale, protocols, shifts, unmeasured, unmeasuredTotal, canExport, canAudit } = await loadChart(
    (await params).slug,
  );
  const asked = (await searchParams).protocol;
  const protocol = protocols.find((p) => p === asked) ?? protocols[0];
  const shown = protocol ? chartEntriesFor(models, protocol) : [];
  const shownShifts = shifts.filter((shift) => shift.protocol === protocol || shift.protocol === null);
  return (
    <>
      {/* A trait no model was measured for has nothing to report (the endpoint answers 409). */}
      <TraitPageHeader trait={trait} canExport={canExport && models.length > 0} canAudit={canAudit} />
      <div className={layout.stack}>
        {models.length === 0 ? (
          <EmptyState
            boxed
            icon={<Ruler size={18} />}
            title="Not measured on any model yet"
            description="Record a measurement with POST /api/v1/measurements, or import an evaluation file, and the models appear here grouped by lineage generation."
          />
        ) : (
          <>
            {protocols.length > 1 && <ProtocolSwitch slug={trait.slug} protocols={protocols} current={protocol} />}
            <TraitRateChart
              trait={trait}
              models={shown}
              scale={scale}
              shifts={shownShifts}
              protocol={protocols.length > 1 ? protocol : undefined}
            />
            <Card
              title="Models measured"
              meta={tableEntriesFor(models, protocol).filter((m) => m.kind === "model").length}
              description="The rate shown is the mean across seeds with a t-interval when there are several measurements (a condition's seed students together), else the measurement's own interval."
              flush
              id="trait-models"
            >
              <TraitModelsTable models={tableEntriesFor(models, protocol)} scale={scale} />
            </Card>
          </>
        )}
        <Card
          title={
            <>
              <ShieldAlert size={15} className={styles.riskIcon} aria-hidden="true" />
              Exposed, never measured
            </>
          }
          meta={unmeasuredTotal}
          description={`Models downstream of a source of ${trait.name.toLowerCase()} (a model declared to carry it, or measured above its initialisation) that were never measured on it. High risk first: they share the source's initialisation.`}
          flush
          id="trait-unmeasured"
        >
          <UnmeasuredExposuresList exposures={unmeasured} total={unmeasuredTotal} />
        </Card>
      </div>
    </>
  );
}

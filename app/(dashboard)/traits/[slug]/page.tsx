import { Ruler } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TraitModelsTable } from "@/components/traits/trait-models-table";
import { TraitPageHeader } from "@/components/traits/trait-page-header";
import { TraitRateChart } from "@/components/traits/trait-rate-chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ApiProblem } from "@/lib/api/problem";
import { requireActor } from "@/lib/auth/current-user";
import { getTraitChart, type TraitChart } from "@/lib/traits/get-trait-chart";
import styles from "./trait-page.module.css";

type Props = { params: Promise<{ slug: string }> };

// One database read per request, shared by generateMetadata and the page.
const loadChart = cache(async (slug: string): Promise<TraitChart & { canExport: boolean }> => {
  const actor = await requireActor();
  try {
    return { ...(await getTraitChart(slug)), canExport: actor.scopes.includes("reports:export") };
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chart = await loadChart((await params).slug);
  return { title: chart.trait.name };
}

export default async function TraitPage({ params }: Props) {
  const { trait, models, canExport } = await loadChart((await params).slug);
  return (
    <>
      {/* A trait no model was measured for has nothing to report (the endpoint answers 409). */}
      <TraitPageHeader trait={trait} canExport={canExport && models.length > 0} />
      {models.length === 0 ? (
        <div className={styles.empty}>
          <EmptyState
            icon={<Ruler size={18} />}
            title="Not measured on any model yet"
            description="Record a measurement with POST /api/v1/measurements, or import an evaluation file, and the models appear here grouped by lineage generation."
          />
        </div>
      ) : (
        <div className={styles.stack}>
          <TraitRateChart trait={trait} models={models} />
          <Card title="Models measured" meta={models.length} description="The rate shown is the mean across seeds with a t-interval when a model has several measurements, else the measurement's own interval." flush id="trait-models">
            <TraitModelsTable models={models} />
          </Card>
        </div>
      )}
    </>
  );
}

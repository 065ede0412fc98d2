import type { Metadata } from "next";
import { MeasurementForm } from "@/components/measurements/measurement-form";
import { MeasurementFormGuide } from "@/components/measurements/measurement-form-guide";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listTraits } from "@/lib/traits/list-traits";
import { prefilledModel } from "../../prefilled-model";

export const metadata: Metadata = { title: "Record a measurement" };

type SearchParams = Promise<{ modelId?: string | string[] }>;

export default async function NewMeasurementPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("catalog:write");
  const [model, traits] = await Promise.all([prefilledModel((await searchParams).modelId), listTraits()]);
  return (
    <>
      <PageHeader
        title="Record a measurement"
        description="How often a model showed a trait under an evaluation protocol: as counts, per-question counts from a file, or a reported value with its interval."
      />
      <div className={layout.withAside}>
        <MeasurementForm model={model} traits={traits.map((trait) => ({ slug: trait.slug, name: trait.name }))} />
        <MeasurementFormGuide />
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { MeasurementsExplorer } from "@/components/measurements/measurements-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listMeasurementFacets } from "@/lib/measurements/list-measurement-facets";
import { listMeasurementsPage } from "@/lib/measurements/list-measurements-page";
import { filledParam } from "../search-params";

export const metadata: Metadata = { title: "Measurements" };

const PAGE_SIZE = 50;

type SearchParams = Promise<{
  trait?: string | string[];
  modelId?: string | string[];
  protocol?: string | string[];
  seed?: string | string[];
}>;

export default async function MeasurementsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor();
  const params = await searchParams;
  const facets = await listMeasurementFacets();
  // A filter value no measurement has is ignored rather than failing the page, as on the other lists.
  const trait = facets.traits.find((t) => t.slug === filledParam(params.trait))?.slug;
  const modelId = facets.models.find((m) => m.id === filledParam(params.modelId))?.id;
  const protocol = facets.protocols.find((p) => p === filledParam(params.protocol));
  const seed = facets.seeds.find((s) => String(s) === filledParam(params.seed));
  const firstPage = await listMeasurementsPage({ trait, modelId, protocol, seed, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Measurements"
        description="Every trait measurement: which model, on which trait, under which evaluation protocol and seed, its rate with the 95% interval and how that interval was computed, and where the figure came from."
      />
      <MeasurementsExplorer
        initialPage={firstPage}
        initialFilters={{
          trait: trait ?? "",
          modelId: modelId ?? "",
          protocol: protocol ?? "",
          seed: seed === undefined ? "" : String(seed),
        }}
        facets={facets}
        pageSize={PAGE_SIZE}
      />
    </>
  );
}

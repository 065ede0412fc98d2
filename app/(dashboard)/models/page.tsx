import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { ModelsExplorer } from "@/components/models/models-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listModelFacets } from "@/lib/models/list-model-facets";
import { listModels } from "@/lib/models/list-models";
import { ZListModelsQuery } from "@/lib/models/model.types";
import { catalogWriteAction } from "../catalog-write-action";
import { filledParam } from "../search-params";

export const metadata: Metadata = { title: "Models" };

const PAGE_SIZE = 25;

type Param = string | string[] | undefined;
type SearchParams = Promise<Record<"q" | "provider" | "kind" | "trait" | "exposure" | "measured" | "sort", Param>>;

export default async function ModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const params = await searchParams;
  const facets = await listModelFacets();
  const shape = ZListModelsQuery.shape;
  // A value the list does not know is ignored rather than failing the page, as on the other lists.
  const q = shape.q.safeParse(filledParam(params.q)).data;
  const provider = facets.providers.find((p) => p === filledParam(params.provider));
  const trait = facets.traits.find((t) => t.slug === filledParam(params.trait))?.slug;
  const kind = shape.kind.safeParse(filledParam(params.kind)).data;
  const exposure = shape.exposure.safeParse(filledParam(params.exposure)).data;
  const measured = shape.measured.safeParse(filledParam(params.measured)).data;
  const sort = shape.sort.safeParse(filledParam(params.sort)).data ?? "newest";
  const firstPage = await listModels({ q, provider, kind, trait, exposure, measured, sort, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Models"
        description="Base models, prompted teachers and the students trained on their data. Open a model to see where it came from and what was measured on it."
        actions={catalogWriteAction(actor, { href: "/models/new", icon: Plus, label: "Register a model" })}
      />
      <ModelsExplorer
        initialPage={firstPage}
        initialQuery={q ?? ""}
        initialFilters={{
          provider: provider ?? "",
          kind: kind ?? "",
          trait: trait ?? "",
          exposure: exposure ?? "",
          measured: measured ?? "",
        }}
        initialSort={sort === "newest" ? "" : sort}
        providers={facets.providers}
        traits={facets.traits}
        pageSize={PAGE_SIZE}
      />
    </>
  );
}

import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { ModelsExplorer } from "@/components/models/models-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listModels } from "@/lib/models/list-models";
import { ZListModelsQuery } from "@/lib/models/model.types";
import { catalogWriteAction } from "../catalog-write-action";
import { searchedFirstPage } from "../search-params";

export const metadata: Metadata = { title: "Models" };

const PAGE_SIZE = 25;

export default async function ModelsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requireActor();
  const { query, firstPage } = await searchedFirstPage(ZListModelsQuery, searchParams, listModels, PAGE_SIZE);

  return (
    <>
      <PageHeader
        title="Models"
        description="Base models, prompted teachers and the students trained on their data. Open a model to see where it came from and what was measured on it."
        actions={catalogWriteAction(actor, { href: "/models/new", icon: Plus, label: "Register a model" })}
      />
      <ModelsExplorer initialPage={firstPage} initialQuery={query.q ?? ""} pageSize={PAGE_SIZE} />
    </>
  );
}

"use client";
import { Boxes } from "lucide-react";
import { SearchExplorer } from "@/components/ui/search-explorer";
import type { ModelPage } from "@/lib/models/list-models";
import { modelKeys } from "@/lib/models/model-keys";
import { ModelsTable } from "./models-table";

interface ModelsExplorerProps {
  initialPage: ModelPage;
  initialQuery: string;
  pageSize: number;
}

/** The models table with search (kept in ?q=) and cursor pagination; the server renders the first page. */
export function ModelsExplorer(props: ModelsExplorerProps) {
  return (
    <SearchExplorer
      {...props}
      path="/api/v1/models"
      queryKey={modelKeys.list}
      noun={["model", "models"]}
      placeholder="Search by name, provider or external id"
      matchesDescription="The search looks at names, providers and external ids."
      empty={{
        icon: <Boxes size={18} />,
        title: "No models registered yet",
        description: (
          <>
            Register teachers, students and base models with <code>POST /api/v1/models</code>; they appear here with
            their lineage and measurements.
          </>
        ),
      }}
    >
      {(models) => <ModelsTable models={models} />}
    </SearchExplorer>
  );
}

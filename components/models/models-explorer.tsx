"use client";
import { Boxes } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { NoMatchesState } from "@/components/ui/no-matches-state";
import { SearchBox } from "@/components/ui/search-box";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { useSearchParamInput } from "@/components/ui/use-search-param-input";
import type { ModelPage } from "@/lib/models/list-models";
import { modelKeys } from "@/lib/models/model-keys";
import { ModelsTable } from "./models-table";

interface ModelsExplorerProps {
  initialPage: ModelPage;
  initialQuery: string;
  pageSize: number;
}

/** The models table with search (kept in ?q=) and cursor pagination; the server renders the first page. */
export function ModelsExplorer({ initialPage, initialQuery, pageSize }: ModelsExplorerProps) {
  const search = useSearchParamInput("q", initialQuery);
  const q = search.value;
  const list = useCursorList({
    path: "/api/v1/models",
    queryKey: modelKeys.list({ q }),
    filters: { q },
    initialFilters: { q: initialQuery },
    initialPage,
    pageSize,
  });

  return (
    <ListPanel
      list={list}
      toolbar={
        <SearchBox
          label="Search models"
          placeholder="Search by name, provider or external id"
          value={search.input}
          onChange={search.setInput}
          busy={search.settling || list.isRefreshing}
        />
      }
      loadingText="Loading models…"
      errorText="Could not load models"
      noun={["model", "models"]}
      countTestId="models-count"
      empty={
        q ? (
          <NoMatchesState
            kind="search"
            title={`No models match “${q}”`}
            description="The search looks at names, providers and external ids."
            onClear={() => search.setInput("")}
          />
        ) : (
          <EmptyState
            icon={<Boxes size={18} />}
            title="No models registered yet"
            description={
              <>
                Register teachers, students and base models with <code>POST /api/v1/models</code>; they appear here with
                their lineage and measurements.
              </>
            }
          />
        )
      }
    >
      <ModelsTable models={list.items} />
    </ListPanel>
  );
}

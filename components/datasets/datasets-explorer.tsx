"use client";
import { Database } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { NoMatchesState } from "@/components/ui/no-matches-state";
import { SearchBox } from "@/components/ui/search-box";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { useSearchParamInput } from "@/components/ui/use-search-param-input";
import { datasetKeys } from "@/lib/datasets/dataset-keys";
import type { DatasetSummary } from "@/lib/datasets/dataset.types";
import type { Page } from "@/lib/pagination/cursor-page";
import { DatasetsTable } from "./datasets-table";

interface DatasetsExplorerProps {
  initialPage: Page<DatasetSummary>;
  initialQuery: string;
  pageSize: number;
}

/** The datasets table with search (kept in ?q=) and cursor pagination; the server renders the first page. */
export function DatasetsExplorer({ initialPage, initialQuery, pageSize }: DatasetsExplorerProps) {
  const search = useSearchParamInput("q", initialQuery);
  const q = search.value;
  const list = useCursorList({
    path: "/api/v1/datasets",
    queryKey: datasetKeys.list({ q }),
    filters: { q },
    initialFilters: { q: initialQuery },
    initialPage,
    pageSize,
  });

  return (
    <ListPanel
      list={list}
      toolbar={
        // Matches a dataset's name or the start of its SHA-256.
        <SearchBox
          label="Search datasets"
          placeholder="Search by name or SHA-256 prefix"
          value={search.input}
          onChange={search.setInput}
          busy={search.settling || list.isRefreshing}
        />
      }
      loadingText="Loading datasets…"
      errorText="Could not load datasets"
      noun={["dataset", "datasets"]}
      countTestId="datasets-count"
      empty={
        q ? (
          <NoMatchesState
            kind="search"
            title={`No datasets match “${q}”`}
            description="The search looks at names and at the start of the SHA-256 digest."
            onClear={() => search.setInput("")}
          />
        ) : (
          <EmptyState
            icon={<Database size={18} />}
            title="No datasets recorded yet"
            description="Datasets appear here once a teacher's generated data is uploaded, with the teacher that wrote it, the filter applied to it and the students trained on it."
          />
        )
      }
    >
      <DatasetsTable datasets={list.items} />
    </ListPanel>
  );
}

"use client";
import { Database } from "lucide-react";
import { SearchExplorer } from "@/components/ui/search-explorer";
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
export function DatasetsExplorer(props: DatasetsExplorerProps) {
  return (
    <SearchExplorer
      {...props}
      path="/api/v1/datasets"
      queryKey={datasetKeys.list}
      noun={["dataset", "datasets"]}
      // Matches a dataset's name or the start of its SHA-256.
      placeholder="Search by name or SHA-256 prefix"
      matchesDescription="The search looks at names and at the start of the SHA-256 digest."
      empty={{
        icon: <Database size={18} />,
        title: "No datasets recorded yet",
        description:
          "Datasets appear here once a teacher's generated data is uploaded, with the teacher that wrote it, the filter applied to it and the students trained on it.",
      }}
    >
      {(datasets) => <DatasetsTable datasets={datasets} />}
    </SearchExplorer>
  );
}

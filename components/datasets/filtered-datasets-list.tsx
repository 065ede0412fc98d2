import { ItemList } from "@/components/ui/item-list";
import { passRateText } from "@/lib/datasets/dataset-facts";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";
import { DatasetLink } from "./dataset-link";

/** Datasets derived from this one by a filter, with how much each kept. */
export function FilteredDatasetsList({ dataset }: { dataset: DatasetDetail }) {
  return (
    <ItemList
      items={dataset.filteredDatasets}
      empty="No dataset has been filtered from this one."
      testId="filtered-datasets"
      main={(filtered) => <DatasetLink dataset={filtered} strong />}
      meta={(filtered) => passRateText(filtered.recordCount, dataset.recordCount)}
    />
  );
}

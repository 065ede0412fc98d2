import list from "@/components/ui/item-list.module.css";
import { passRateText } from "@/lib/datasets/dataset-facts";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";
import { DatasetLink } from "./dataset-link";

/** Datasets derived from this one by a filter, with how much each kept. */
export function FilteredDatasetsList({ dataset }: { dataset: DatasetDetail }) {
  if (dataset.filteredDatasets.length === 0)
    return <p className={list.empty}>No dataset has been filtered from this one.</p>;
  return (
    <ul className={list.list} data-testid="filtered-datasets">
      {dataset.filteredDatasets.map((filtered) => (
        <li key={filtered.id} className={list.item}>
          <div className={list.main}>
            <DatasetLink dataset={filtered} strong />
          </div>
          <div className={list.meta}>{passRateText(filtered.recordCount, dataset.recordCount)}</div>
        </li>
      ))}
    </ul>
  );
}

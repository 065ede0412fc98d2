// TanStack Query keys for datasets. Invalidate `datasetKeys.lists()` after a write to refresh every list.
import { listKeys } from "@/lib/query-keys/list-keys";

export interface DatasetListFilters {
  q: string;
}

export const datasetKeys = listKeys<DatasetListFilters>("datasets");

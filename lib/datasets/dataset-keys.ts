// TanStack Query keys for datasets. Invalidate `datasetKeys.lists()` after a write to refresh every list.

export interface DatasetListFilters {
  q: string;
}

export const datasetKeys = {
  all: ["datasets"] as const,
  lists: () => [...datasetKeys.all, "list"] as const,
  list: (filters: DatasetListFilters) => [...datasetKeys.lists(), filters] as const,
};

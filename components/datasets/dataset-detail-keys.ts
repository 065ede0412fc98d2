// TanStack Query keys for one dataset's records, statistics and hidden-signal checks, under datasetKeys.all.
import { datasetKeys } from "@/lib/datasets/dataset-keys";

export const datasetDetailKeys = {
  detail: (id: string) => [...datasetKeys.all, "detail", id] as const,
  records: (id: string, q: string) => [...datasetDetailKeys.detail(id), "records", q] as const,
  statistics: (id: string) => [...datasetDetailKeys.detail(id), "statistics"] as const,
  signature: (id: string, controlId: string) => [...datasetDetailKeys.detail(id), "signature", controlId] as const,
  controlSearch: (id: string) => [...datasetDetailKeys.detail(id), "control-search"] as const,
};

// TanStack Query keys for models. Invalidate `modelKeys.lists()` after a write to refresh every list.
import { listKeys } from "@/lib/query-keys/list-keys";

export interface ModelListFilters {
  q: string;
}

export const modelKeys = {
  ...listKeys<ModelListFilters>("models"),
  details: () => [...modelKeys.all, "detail"] as const,
  detail: (id: string) => [...modelKeys.details(), id] as const,
};

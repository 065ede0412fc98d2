// TanStack Query keys for models. Invalidate `modelKeys.lists()` after a write to refresh every list.
import { listKeys } from "@/lib/query-keys/list-keys";

/** The models list's search, filters and order, as query parameters ("" when off). */
export interface ModelListFilters {
  q: string;
  provider: string;
  kind: string;
  trait: string;
  exposure: string;
  measured: string;
  sort: string;
}

export const modelKeys = {
  ...listKeys<ModelListFilters>("models"),
  details: () => [...modelKeys.all, "detail"] as const,
  detail: (id: string) => [...modelKeys.details(), id] as const,
};

// TanStack Query keys for models. Invalidate `modelKeys.lists()` after a write to refresh every list.

export interface ModelListFilters {
  q: string;
}

export const modelKeys = {
  all: ["models"] as const,
  lists: () => [...modelKeys.all, "list"] as const,
  list: (filters: ModelListFilters) => [...modelKeys.lists(), filters] as const,
  details: () => [...modelKeys.all, "detail"] as const,
  detail: (id: string) => [...modelKeys.details(), id] as const,
};

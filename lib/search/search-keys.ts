// TanStack Query keys for the global search: one entry per text and limit searched.
export const searchKeys = {
  all: ["search"] as const,
  results: (q: string, limit: number) => [...searchKeys.all, { q, limit }] as const,
};

// TanStack Query keys for lineage walks fetched in the browser (expanding a node in the explorer).
import type { TLineageQuery } from "./lineage.types";

export const lineageKeys = {
  all: ["lineage"] as const,
  walks: () => [...lineageKeys.all, "walk"] as const,
  walk: (modelId: string, query: TLineageQuery) => [...lineageKeys.walks(), modelId, query] as const,
};

import type { TSearchIndexState } from "../dataset.types";

/** A dataset's search index is ready once the background job has built it (search-index-worker.ts). */
export function searchIndexState(searchIndexedAt: Date | null): TSearchIndexState {
  return searchIndexedAt ? "ready" : "indexing";
}

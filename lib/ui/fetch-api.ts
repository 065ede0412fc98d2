// Only for components/lineage, which another change is rewriting: it should call
// apiFetch(path, { signal }) from ./api-fetch, after which this file goes.
import { apiFetch } from "./api-fetch";

/** @deprecated Use `apiFetch(path, { signal })` from "@/lib/ui/api-fetch". */
export function fetchApi<T>(path: string, signal?: AbortSignal): Promise<T> {
  return apiFetch<T>(path, { signal });
}

// Browser-side GET against the Pedigree API; the session cookie authenticates it.

export class ApiRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** JSON from `path`, or an ApiRequestError carrying the problem document's detail. */
export async function fetchApi<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: "application/json" }, credentials: "same-origin" });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string; title?: string } | null;
    throw new ApiRequestError(response.status, problem?.detail ?? problem?.title ?? `Request failed (HTTP ${response.status}).`);
  }
  return (await response.json()) as T;
}

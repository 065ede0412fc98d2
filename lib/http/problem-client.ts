// Browser-side calls to the Pedigree API; the session cookie authenticates them. A failure becomes a
// ProblemError carrying the RFC 9457 problem+json body, field errors included.

export interface ProblemFieldError {
  field: string;
  message: string;
}

/** The parts of an RFC 9457 problem document the UI reads. */
export interface ProblemDocument {
  status: number;
  title: string;
  detail?: string;
  errors?: ProblemFieldError[];
}

/** A failed API call: its HTTP status (0 when the server could not be reached) and problem document. */
export class ProblemError extends Error {
  readonly status: number;

  constructor(readonly problem: ProblemDocument) {
    super(problem.detail ?? problem.title);
    this.name = "ProblemError";
    this.status = problem.status;
  }

  /** The first message for each field, e.g. { email: "already registered" }. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) byField[error.field] ??= error.message;
    return byField;
  }
}

interface ApiFetchOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

async function readProblem(response: Response): Promise<ProblemDocument> {
  const body = (await response.json().catch(() => null)) as Partial<ProblemDocument> | null;
  return {
    status: response.status,
    title: body?.title ?? `Request failed (HTTP ${response.status})`,
    detail: body?.detail,
    errors: Array.isArray(body?.errors) ? body.errors : undefined,
  };
}

/** JSON from the API, or a ProblemError. A network failure is reported as a problem with status 0. */
export async function apiFetch<T>(path: string, { method = "GET", body, signal }: ApiFetchOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ProblemError({ status: 0, title: "Could not reach the server", detail: "Could not reach the server. Check your connection and try again." });
  }
  if (!response.ok) throw new ProblemError(await readProblem(response));
  return (await response.json()) as T;
}

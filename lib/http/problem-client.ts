// The one client for the Pedigree API's answers: a request, and an error answer read as a ProblemError
// carrying the RFC 9457 problem+json document (field or line errors and extension members included).
// Isomorphic and fetch-based: the browser UI (session cookie), the dataset upload's XMLHttpRequest and
// the CLI (bearer token, run through tsx) all use it, so it imports no React and nothing server-only.

/** One entry of a problem's `errors`: a field ("name", "line 3") or an input line, and what is wrong. */
interface ProblemFieldError {
  field: string;
  message: string;
  /** The 1-based line of an uploaded or imported file. */
  line?: number;
  location?: string;
}

/** An RFC 9457 problem document as the Pedigree API sends it (application/problem+json). */
export interface ProblemDocument {
  status: number;
  title: string;
  type?: string;
  detail?: string;
  errors?: ProblemFieldError[];
  /** Extension members: existingId, conflictingFields, cycle, notInRaw, retryAfter... */
  [extension: string]: unknown;
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

/** What the UI reports for a request that got no answer. */
const UNREACHABLE: ProblemDocument = {
  status: 0,
  title: "Could not reach the server",
  detail: "Could not reach the server. Check your connection and try again.",
};

export interface ProblemReading {
  /** The title when the body has none; "Request failed (HTTP <status>)" unless given. */
  fallbackTitle?: string;
  /** Keep the text of a body that is not JSON (a proxy's HTML error page) as the detail. */
  detailFromText?: boolean;
}

/** A field of an untyped problem document as text: "" when absent, an object as JSON. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

function fieldErrorOf(error: unknown): ProblemFieldError {
  const entry = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  return {
    field: textOf(entry.field),
    message: textOf(entry.message),
    ...(typeof entry.line === "number" ? { line: entry.line } : {}),
    ...(typeof entry.location === "string" ? { location: entry.location } : {}),
  };
}

function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The problem document in the body of an answer with an error status, also when it is not problem+json. */
export function parseProblem(
  status: number,
  text: string,
  { fallbackTitle = `Request failed (HTTP ${status})`, detailFromText = false }: ProblemReading = {},
): ProblemDocument {
  const body = jsonObject(text);
  if (body) {
    return {
      ...body,
      status: typeof body.status === "number" ? body.status : status,
      title: typeof body.title === "string" ? body.title : fallbackTitle,
      detail: typeof body.detail === "string" ? body.detail : undefined,
      errors: Array.isArray(body.errors) ? body.errors.map(fieldErrorOf) : undefined,
    };
  }
  const fallback: ProblemDocument = { status, title: fallbackTitle };
  if (!detailFromText) return fallback;
  const detail = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
  return detail ? { ...fallback, detail } : fallback;
}

/** Reads an error answer's body into its problem document. */
export async function readProblem(response: Response, reading?: ProblemReading): Promise<ProblemDocument> {
  const text = await response.text().catch(() => "");
  return parseProblem(response.status, text, reading);
}

interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON, with its content type. */
  json?: unknown;
  /** Sent as is (a file, a stream); the caller sets its content type. */
  body?: RequestInit["body"];
  signal?: AbortSignal;
  credentials?: RequestCredentials;
  /** Another fetch (a test's, or one that routes in process). */
  fetch?: typeof fetch;
  /** How to read an error answer's body (the CLI keeps a proxy's error page as the detail). */
  reading?: (response: Response) => ProblemReading;
  /** The error to throw when the request got no answer; a ProblemError with status 0 unless given. */
  unreachable?: (reason: unknown) => Error;
}

/** Sends a request; an answer with an error status (400 and up) throws a ProblemError. */
export async function sendRequest(url: string | URL, options: SendOptions = {}): Promise<Response> {
  const { method = "GET", json, signal, credentials, unreachable = () => new ProblemError(UNREACHABLE) } = options;
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  let body = options.body;
  if (json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(json);
  }
  let response: Response;
  try {
    const init: RequestInit = { method, headers, body, signal, credentials };
    // duplex "half" lets Node stream a ReadableStream body instead of buffering it.
    if (options.body !== undefined) Object.assign(init, { duplex: "half" });
    response = await (options.fetch ?? fetch)(url, init);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw unreachable(error);
  }
  if (response.status >= 400) throw new ProblemError(await readProblem(response, options.reading?.(response)));
  return response;
}

/** A request and its JSON answer (undefined for an empty body), or a ProblemError. */
export async function requestJson<T>(url: string | URL, options: SendOptions = {}): Promise<T> {
  const response = await sendRequest(url, options);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

interface ApiFetchOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** From the browser: JSON from the API with the session cookie, or a ProblemError (status 0 when unreachable). */
export function apiFetch<T>(path: string, { method = "GET", body, signal, headers }: ApiFetchOptions = {}): Promise<T> {
  return requestJson<T>(path, { method, json: body, signal, headers, credentials: "same-origin" });
}

import { ConnectionError, ProblemError, type Problem } from "./errors";

// The CLI's HTTP client for the Pedigree API: fetch, a bearer token, query strings, and errors as
// typed values (ProblemError for an answer with an error status, ConnectionError for no answer).

export type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (a file stream for uploads); streamed with `duplex: "half"`. */
  body?: ReadableStream<Uint8Array> | Uint8Array | string;
  headers?: Record<string, string>;
}

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export interface ClientOptions {
  baseUrl: string;
  token?: string;
  fetch?: typeof fetch;
}

/** A problem document from any error response, also when the server sent HTML or plain text. */
export async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => "");
  const fallback: Problem = { status: response.status, title: response.statusText || `HTTP ${response.status}` };
  if (/json/i.test(response.headers.get("content-type") ?? "")) {
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      if (body && typeof body === "object" && !Array.isArray(body)) {
        return {
          ...body,
          status: typeof body.status === "number" ? body.status : response.status,
          title: typeof body.title === "string" ? body.title : fallback.title,
          detail: typeof body.detail === "string" ? body.detail : undefined,
          errors: Array.isArray(body.errors)
            ? body.errors.map((error: { field?: unknown; message?: unknown; location?: unknown }) => ({
                field: String(error?.field ?? ""),
                message: String(error?.message ?? ""),
                ...(typeof error?.location === "string" ? { location: error.location } : {}),
              }))
            : undefined,
        };
      }
    } catch {
      // Not JSON after all: fall through to the text.
    }
  }
  const detail = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 300);
  return detail ? { ...fallback, detail } : fallback;
}

/** Why fetch failed, in words: undici hides the system error (ECONNREFUSED...) in `cause`. */
function connectionReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code && cause.message) return cause.message.includes(cause.code) ? cause.message : `${cause.code}: ${cause.message}`;
  return cause?.message ?? (error as Error)?.message ?? String(error);
}

export class PedigreeClient {
  readonly baseUrl: string;
  private readonly token?: string;
  private readonly fetchImpl: typeof fetch;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.token = options.token;
    this.fetchImpl = options.fetch ?? fetch;
  }

  url(path: string, query: Record<string, QueryValue> = {}): URL {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
    }
    return url;
  }

  /** The raw response of a successful request (status < 400); an error status throws ProblemError. */
  async send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const url = this.url(path, options.query);
    const headers: Record<string, string> = { accept: "application/json, application/problem+json;q=0.9, */*;q=0.5", ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: RequestInit["body"];
    if (options.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.json);
    } else if (options.body !== undefined) {
      headers["content-type"] ??= "application/octet-stream";
      body = options.body as RequestInit["body"];
    }
    let response: Response;
    try {
      // duplex "half" lets Node stream a ReadableStream body instead of buffering it.
      response = await this.fetchImpl(url, { method, headers, body, duplex: "half" } as RequestInit);
    } catch (error) {
      throw new ConnectionError(this.baseUrl, connectionReason(error));
    }
    if (response.status >= 400) throw new ProblemError(await readProblem(response));
    return response;
  }

  /** A JSON request and its JSON answer. */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const response = await this.send(method, path, options);
    const text = await response.text();
    return { status: response.status, headers: response.headers, data: (text ? JSON.parse(text) : undefined) as T };
  }

  async get<T>(path: string, query?: Record<string, QueryValue>): Promise<T> {
    return (await this.request<T>("GET", path, { query })).data;
  }
}

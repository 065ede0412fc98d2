import { readProblem as readProblemDocument, sendRequest, type ProblemReading } from "@/lib/http/problem-client";
import { ConnectionError, type Problem } from "./errors";

// The CLI's HTTP client for the Pedigree API: the UI's problem client (lib/http/problem-client) with a
// base URL, a bearer token and query strings; errors are typed values (ProblemError for an answer with
// an error status, ConnectionError for no answer).

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

/** How the CLI reads an error answer: a proxy's HTML page or plain text becomes the detail. */
function problemReading(response: Response): ProblemReading {
  return { fallbackTitle: response.statusText || `HTTP ${response.status}`, detailFromText: true };
}

/** A problem document from any error response, also when the server sent HTML or plain text. */
export function readProblem(response: Response): Promise<Problem> {
  return readProblemDocument(response, problemReading(response));
}

/** Why fetch failed, in words: undici hides the system error (ECONNREFUSED...) in `cause`. */
function connectionReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null | undefined)?.cause;
  if (cause?.code && cause.message)
    return cause.message.includes(cause.code) ? cause.message : `${cause.code}: ${cause.message}`;
  return cause?.message ?? (error as Error | null | undefined)?.message ?? String(error);
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
    const headers: Record<string, string> = {
      accept: "application/json, application/problem+json;q=0.9, */*;q=0.5",
      ...options.headers,
    };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.json === undefined && options.body !== undefined)
      headers["content-type"] ??= "application/octet-stream";
    return sendRequest(this.url(path, options.query), {
      method,
      headers,
      json: options.json,
      body: options.json === undefined ? (options.body as RequestInit["body"]) : undefined,
      fetch: this.fetchImpl,
      unreachable: (error) => new ConnectionError(this.baseUrl, connectionReason(error)),
      reading: problemReading,
    });
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

// Calls route handlers the way Next.js does, with a real Request, so that tests exercise the whole
// handler: authentication, scope checks, parsing, the domain function and the database.
import type { UntypedJson } from "./untyped-json";

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response> | Response;

export const ADMIN_TOKEN = "test-admin-token";

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: string | ReadableStream<Uint8Array>;
  params?: Record<string, string | string[]>;
  headers?: Record<string, string>;
}

export interface ApiResult<T = UntypedJson> {
  status: number;
  contentType: string | null;
  body: T;
  headers: Headers;
}

/** JSON and problem+json bodies are parsed; JSON Lines, CSV and other text stay text. */
function isJson(contentType: string | null): boolean {
  return /json/.test(contentType ?? "") && !/ndjson/.test(contentType ?? "");
}

export async function call<T = UntypedJson>(
  handler: Handler,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? ADMIN_TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: string | ReadableStream<Uint8Array> | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const request = new Request(new URL(path, "http://pedigree.test"), {
    method,
    headers,
    body,
    duplex: "half",
  } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: !text ? undefined : isJson(response.headers.get("content-type")) ? JSON.parse(text) : text,
    headers: response.headers,
  };
}

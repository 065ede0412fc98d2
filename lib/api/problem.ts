import type { FieldError } from "@/lib/errors/domain-errors";

// RFC 9457 problem details. Every API error is one of these.
export type { FieldError };

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Partial<Record<number, string>> = {
  400: "Bad request",
  401: "Authentication required",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  408: "Request timeout",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Validation failed",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

/** Throw one of these from a route handler to answer with a problem; domain functions throw a DomainError (lib/errors). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail?: string,
    readonly extensions: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(detail ?? TITLES[status] ?? `HTTP ${status}`);
  }

  toBody(): ProblemBody {
    const slug = (TITLES[this.status] ?? "error").toLowerCase().replace(/\s+/g, "-");
    return {
      type: `urn:pedigree:problem:${slug}`,
      title: TITLES[this.status] ?? "Error",
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...this.extensions,
    };
  }
}

export function problemResponse(problem: ApiProblem, headers?: HeadersInit): Response {
  const response = Response.json(problem.toBody(), { status: problem.status, headers });
  response.headers.set("content-type", "application/problem+json");
  // A problem that says when to come back (429, 503) says it in the header too.
  const retryAfter = problem.extensions.retryAfterSeconds;
  if (typeof retryAfter === "number") response.headers.set("retry-after", String(Math.max(1, Math.ceil(retryAfter))));
  return response;
}

export function fieldProblem(status: 400 | 422, errors: FieldError[], detail?: string): ApiProblem {
  const summary = errors.map((error) => `${error.field}: ${error.message}`).join("; ");
  return new ApiProblem(status, detail ?? summary, { errors });
}

import type { ZodType } from "zod";
import type { ApiTag } from "./api-tags";

/** Problem statuses an operation may answer with besides those its options imply (see problem-responses.ts). */
export type DocumentedProblemStatus = 400 | 403 | 404 | 408 | 409 | 413 | 415 | 422;
type SuccessStatus = 200 | 201;

export interface ApiResponseDocs {
  /** What the body holds, in words; where no zod schema describes it, this is the description. */
  description: string;
  /** The body's zod schema, where one exists. */
  schema?: ZodType;
  /** Default application/json. */
  contentType?: string;
  /** Response headers worth knowing, by name, with what they carry. */
  headers?: Record<string, string>;
}

export interface ApiHeaderDocs {
  schema: ZodType;
  description: string;
  required?: boolean;
}

/**
 * What the OpenAPI document and the API reference page say about a route handler. Request
 * parameters and bodies come from the handler's own zod schemas; this holds only what they cannot
 * say. Descriptions are plain text (`backticks` mark code), never HTML.
 */
export interface ApiDocs {
  /** One line, imperative or nominal: "Register a model". */
  summary: string;
  /** Behaviour worth knowing: idempotency, limits, ordering, what a failure leaves behind. */
  description?: string;
  tags: readonly ApiTag[];
  /** For handlers that read the body themselves (uploads, imports): what to send, and as what. */
  rawBody?: { contentTypes: readonly string[]; description: string };
  /** Request headers the handler reads itself, e.g. Idempotency-Key. */
  headers?: Record<string, ApiHeaderDocs>;
  /** The success responses, by status. */
  responses: Partial<Record<SuccessStatus, ApiResponseDocs>>;
  /**
   * An old path kept for clients written against it, with the path that replaces it: the operation is
   * marked deprecated, and each answer names its successor in `Deprecation` and `Link` headers.
   */
  deprecatedFor?: string;
  /** When the operation answers with these problems, beyond what its options imply (or in its own words). */
  problems?: Partial<Record<DocumentedProblemStatus, string>>;
}

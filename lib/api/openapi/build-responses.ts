import type { Scope } from "@/lib/auth/roles";
import type { ApiDocs, ApiResponseDocs, DocumentedProblemStatus } from "./api-docs.types";
import { toSchemaObject } from "./json-schema";
import type { ResponseObject, ResponseOrRef } from "./openapi.types";
import { PROBLEM_CONTENT_TYPE } from "./problem-schema";

const JSON_CONTENT_TYPE = "application/json";

const PROBLEM_SCHEMA_REF = "#/components/schemas/Problem";
const UNAUTHORIZED_REF = "#/components/responses/Unauthorized";

/** What the wrapper itself implies about an operation: which parts of a request it validates, and how. */
export interface RequestShape {
  scope: Scope | null;
  hasParams: boolean;
  hasQuery: boolean;
  hasJsonBody: boolean;
  hasRawBody: boolean;
  jsonBodyLimitBytes: number;
}

function successResponse(docs: ApiResponseDocs): ResponseObject {
  const contentType = docs.contentType ?? JSON_CONTENT_TYPE;
  // Without a zod schema a JSON body is only said to be an object; the description says what it holds.
  const schema = docs.schema
    ? toSchemaObject(docs.schema, "output")
    : contentType === JSON_CONTENT_TYPE
      ? { type: "object" as const }
      : undefined;
  return {
    description: docs.description,
    ...(docs.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(docs.headers).map(([name, description]) => [
              name,
              { description, schema: { type: "string" as const } },
            ]),
          ),
        }
      : {}),
    content: { [contentType]: schema ? { schema } : {} },
  };
}

/** The problems the wrapper answers for this shape of request, in its words; an operation's own `problems` take precedence. */
function impliedProblems(shape: RequestShape): Partial<Record<DocumentedProblemStatus, string>> {
  const invalid = [shape.hasParams && "a path parameter", shape.hasQuery && "a query parameter"].filter(Boolean);
  const badRequest = [
    invalid.length > 0 && `${invalid.join(" or ")} is invalid (\`errors\` lists each)`,
    shape.hasJsonBody && "the body is missing or is not JSON",
    shape.hasRawBody && "there is no body",
  ]
    .filter(Boolean)
    .join("; ");
  return {
    ...(badRequest ? { 400: `${badRequest[0].toUpperCase()}${badRequest.slice(1)}.` } : {}),
    ...(shape.scope !== null ? { 403: `The caller's role lacks the \`${shape.scope}\` scope.` } : {}),
    ...(shape.hasParams ? { 404: "Nothing found with that id." } : {}),
    ...(shape.hasJsonBody
      ? { 413: `The JSON body is larger than ${shape.jsonBodyLimitBytes / 1024 / 1024} MiB.` }
      : {}),
    ...(shape.hasJsonBody ? { 422: "The body does not match the schema (`errors` lists each field)." } : {}),
  };
}

export function buildResponses(docs: ApiDocs, shape: RequestShape): Record<string, ResponseOrRef> {
  const success = Object.entries(docs.responses);
  if (success.length === 0) throw new Error(`"${docs.summary}": docs.responses names no success response.`);
  const responses: Record<string, ResponseOrRef> = {};
  for (const [status, response] of success.sort(([a], [b]) => Number(a) - Number(b)))
    responses[status] = successResponse(response);
  if (shape.scope !== null) responses["401"] = { $ref: UNAUTHORIZED_REF };
  const problems = { ...impliedProblems(shape), ...docs.problems };
  for (const [status, description] of Object.entries(problems).sort(([a], [b]) => a.localeCompare(b))) {
    responses[status] = {
      description,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: PROBLEM_SCHEMA_REF } } },
    };
  }
  return responses;
}

export const UNAUTHORIZED_RESPONSE: ResponseObject = {
  description: "No credentials, or a token that is unknown, revoked or expired, or whose owner is disabled.",
  headers: { "WWW-Authenticate": { description: 'Bearer realm="pedigree"', schema: { type: "string" } } },
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: PROBLEM_SCHEMA_REF } } },
};

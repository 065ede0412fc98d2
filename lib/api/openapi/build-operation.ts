import { MAX_JSON_BODY_BYTES, type ApiOptions } from "@/lib/api/with-api";
import { buildResponses } from "./build-responses";
import { checkPathParameters, headerParameters, objectParameters } from "./build-parameters";
import { toSchemaObject } from "./json-schema";
import type { HttpMethod, OperationObject, RequestBodyObject } from "./openapi.types";
import { operationIdOf } from "./openapi-path";
import { scopeSentence, securityOf } from "./security";

const PAGINATION_SENTENCE =
  "Cursor pagination: pass the response's `nextCursor` as `cursor` for the next page; it is null on the last page.";

function requestBody(options: ApiOptions): RequestBodyObject | undefined {
  const { body } = options;
  const raw = options.docs.rawBody;
  if (body && raw)
    throw new Error(
      `"${options.docs.summary}": a handler reads either a JSON body (body) or a raw one (docs.rawBody), not both.`,
    );
  if (body) return { required: true, content: { "application/json": { schema: toSchemaObject(body) } } };
  if (raw)
    return {
      required: true,
      description: raw.description,
      content: Object.fromEntries(raw.contentTypes.map((type) => [type, {}])),
    };
  return undefined;
}

/** One operation of the document, from the options its handler was wrapped with. */
export function buildOperation(method: HttpMethod, path: string, options: ApiOptions): OperationObject {
  const { docs } = options;
  if (!docs.summary.trim()) throw new Error(`${method.toUpperCase()} ${path}: docs.summary is empty.`);
  const parameters = [
    ...(options.params ? objectParameters(options.params, "path") : []),
    ...(options.query ? objectParameters(options.query, "query") : []),
    ...(docs.headers ? headerParameters(docs.headers) : []),
  ];
  checkPathParameters(path, parameters);
  const paginated = parameters.some((parameter) => parameter.in === "query" && parameter.name === "cursor");
  const description = [
    docs.deprecatedFor && `Deprecated: use \`${docs.deprecatedFor}\`, which answers the same.`,
    scopeSentence(options.scope),
    docs.description,
    paginated && PAGINATION_SENTENCE,
  ]
    .filter(Boolean)
    .join("\n\n");
  const body = requestBody(options);
  return {
    operationId: operationIdOf(method, path),
    summary: docs.summary,
    description,
    tags: [...docs.tags],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: buildResponses(docs, {
      scope: options.scope,
      hasParams: options.params !== undefined,
      hasQuery: options.query !== undefined,
      hasJsonBody: options.body !== undefined,
      hasRawBody: docs.rawBody !== undefined,
      jsonBodyLimitBytes: MAX_JSON_BODY_BYTES,
    }),
    security: securityOf(options.scope),
    ...(docs.deprecatedFor ? { deprecated: true } : {}),
    "x-pedigree-scope": options.scope,
  };
}

import { apiOptionsOf } from "@/lib/api/with-api";
import { APP_VERSION } from "@/lib/version";
import { API_TAGS } from "./api-tags";
import { buildOperation } from "./build-operation";
import { UNAUTHORIZED_RESPONSE } from "./build-responses";
import { toSchemaObject } from "./json-schema";
import type { HttpMethod, OpenApiDocument, PathItemObject, RouteModule } from "./openapi.types";
import { openApiPath } from "./openapi-path";
import { ZProblem } from "./problem-schema";
import { SECURITY_SCHEMES } from "./security";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// Next also routes these; none of ours exports them, and the generator would not know how to describe them.
const UNSUPPORTED_METHODS = ["HEAD", "OPTIONS"];

const DESCRIPTION = [
  "Everything the Pedigree dashboard shows and records, for scripts, pipelines and CI: models, their lineage, generated datasets, distillation runs, trait measurements and provenance reports.",
  "Authenticate with an API token (`Authorization: Bearer pdg_...`, created in Settings) or the dashboard's session cookie. Each operation needs one scope; roles map to scopes: viewer reads, auditor also exports reports and reads the audit log, engineer also registers models, runs, datasets and measurements, admin does everything.",
  "Errors are `application/problem+json` (RFC 9457) with the fields at fault in `errors`; a request that fails changes nothing. Registrations that carry an external id (models, generations, runs) are idempotent, and so are dataset uploads (by content).",
].join("\n\n");

/** The OpenAPI 3.1 document of these route modules, from the options their handlers were wrapped with. */
export function generateOpenApiDocument(routes: readonly RouteModule[]): OpenApiDocument {
  const paths: Record<string, PathItemObject> = {};
  for (const route of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    const path = openApiPath(route.path);
    const item: PathItemObject = {};
    for (const method of UNSUPPORTED_METHODS) {
      if (route.module[method])
        throw new Error(`${route.file} exports ${method}, which the OpenAPI generator does not describe.`);
    }
    for (const method of HTTP_METHODS) {
      const handler = route.module[method];
      if (handler === undefined) continue;
      const options = apiOptionsOf(handler);
      if (!options)
        throw new Error(`${route.file}: ${method} is not wrapped in withApi, so it has no docs to describe it by.`);
      item[method.toLowerCase() as HttpMethod] = buildOperation(method.toLowerCase() as HttpMethod, path, options);
    }
    if (Object.keys(item).length === 0) throw new Error(`${route.file} exports no HTTP method.`);
    paths[path] = item;
  }
  const used = new Set(
    Object.values(paths).flatMap((item) => Object.values(item).flatMap((operation) => operation.tags)),
  );
  const unknown = [...used].filter((tag) => !API_TAGS.some((known) => known.name === tag));
  if (unknown.length > 0) throw new Error(`Unknown tags: ${unknown.join(", ")}.`);

  return {
    openapi: "3.1.1",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Pedigree API",
      version: APP_VERSION,
      summary: "Provenance for distilled models",
      description: DESCRIPTION,
    },
    servers: [
      { url: "/", description: "The server this document came from" },
      {
        url: "{origin}",
        description: "Any Pedigree server, e.g. the one in $PEDIGREE_URL",
        variables: {
          origin: { default: "http://localhost:3000", description: "The server's origin, without a trailing slash" },
        },
      },
    ],
    tags: API_TAGS.filter((tag) => used.has(tag.name)).map((tag) => ({ name: tag.name, description: tag.description })),
    paths,
    components: {
      schemas: { Problem: toSchemaObject(ZProblem, "output") },
      responses: { Unauthorized: UNAUTHORIZED_RESPONSE },
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}

import "server-only";
import { generateOpenApiDocument } from "./generate-openapi-document";
import type { OpenApiDocument } from "./openapi.types";
import { ROUTE_MODULES } from "./route-modules";

// Routes are fixed at build time, so the document is made once per process, on first use (not at
// import: this module and the route modules import each other through /api/openapi.json).
let cached: OpenApiDocument | undefined;

export function getOpenApiDocument(): OpenApiDocument {
  cached ??= generateOpenApiDocument(ROUTE_MODULES);
  return cached;
}

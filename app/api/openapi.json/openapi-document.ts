import "server-only";
import { generateOpenApiDocument } from "@/lib/api/openapi/generate-openapi-document";
import type { OpenApiDocument } from "@/lib/api/openapi/openapi.types";
import { ROUTE_MODULES } from "./route-modules.generated";

// Routes are fixed at build time, so the document is made once per process, on first use. It lives
// in app/ because it reads the route modules; lib/api/openapi only turns a list of them into a document.
let cached: OpenApiDocument | undefined;

export function getOpenApiDocument(): OpenApiDocument {
  cached ??= generateOpenApiDocument(ROUTE_MODULES);
  return cached;
}

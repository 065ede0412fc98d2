import { ZOpenApiDocument } from "@/lib/api/openapi/openapi-document-schema";
import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";

export const GET = withApi(
  {
    scope: null,
    docs: {
      summary: "Get this OpenAPI document",
      description:
        "Public. The OpenAPI 3.1 description of every endpoint, generated from the same zod schemas the handlers validate requests with, so it cannot drift from them. The API reference page in the dashboard renders the same document.",
      tags: ["Service"],
      responses: okResponse(ZOpenApiDocument, "The OpenAPI 3.1 document."),
    },
  },
  // Loaded on first request, not at import: the document imports every route module, this one included.
  async () => (await import("./openapi-document")).getOpenApiDocument(),
);

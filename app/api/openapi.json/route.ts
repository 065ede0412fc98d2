import { withApi } from "@/lib/api/with-api";
import { getOpenApiDocument } from "@/lib/api/openapi/get-openapi-document";

export const GET = withApi(
  {
    scope: null,
    docs: {
      summary: "Get this OpenAPI document",
      description:
        "Public. The OpenAPI 3.1 description of every endpoint, generated from the same zod schemas the handlers validate requests with, so it cannot drift from them. The API reference page in the dashboard renders the same document.",
      tags: ["Service"],
      responses: { 200: { description: "The OpenAPI 3.1 document." } },
    },
  },
  () => Promise.resolve(getOpenApiDocument()),
);

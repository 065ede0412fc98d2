import { z } from "zod";

/**
 * GET /api/openapi.json, described loosely: an OpenAPI 3.1 document object (its required `openapi`,
 * `info` and `paths`, and what this project adds), open to every field the specification allows.
 * The document's own types are in openapi.types.ts; the specification's schema is the full check.
 */
export const ZOpenApiDocument = z
  .object({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    jsonSchemaDialect: z.string().optional(),
    info: z.object({ title: z.string(), version: z.string() }).loose(),
    servers: z.array(z.object({ url: z.string() }).loose()).optional(),
    tags: z.array(z.object({ name: z.string() }).loose()).optional(),
    paths: z.record(z.string().regex(/^\//), z.record(z.string(), z.object({}).loose())),
    components: z.object({}).loose().optional(),
  })
  .loose()
  .describe("An OpenAPI 3.1 document");

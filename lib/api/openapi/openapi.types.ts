import type { JSONSchema } from "zod/v4/core";

// The parts of OpenAPI 3.1 this project writes, typed so that the generator and the reference page
// agree on them. Schema Objects are JSON Schema 2020-12, as zod writes it.
export type JsonSchema = JSONSchema.JSONSchema;

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

interface MediaTypeObject {
  /** Absent for bytes that are not JSON (a file, a stream). */
  schema?: JsonSchema;
}

export interface RequestBodyObject {
  description?: string;
  required: boolean;
  content: Record<string, MediaTypeObject>;
}

interface HeaderObject {
  description: string;
  schema: JsonSchema;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, MediaTypeObject>;
}

export type ResponseOrRef = ResponseObject | { $ref: string };

export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses: Record<string, ResponseOrRef>;
  security: Record<string, string[]>[];
  deprecated?: boolean;
  /** The scope the caller needs; null for a public operation. */
  "x-pedigree-scope": string | null;
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>>;

export interface OpenApiDocument {
  openapi: string;
  jsonSchemaDialect: string;
  info: {
    title: string;
    version: string;
    summary?: string;
    description: string;
    license?: { name: string; identifier: string };
  };
  servers: { url: string; description: string; variables?: Record<string, { default: string; description: string }> }[];
  tags: { name: string; description: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    securitySchemes: Record<string, Record<string, string>>;
  };
}

/** A route file and what it exports, as app/api/openapi.json/route-modules.generated.ts lists them. */
export interface RouteModule {
  /** The route file, relative to the repository. */
  file: string;
  /** The URL path it serves, in Next's notation (`[id]` for a dynamic segment). */
  path: string;
  module: Record<string, unknown>;
}

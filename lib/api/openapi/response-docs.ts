import type { ZodType } from "zod";
import type { ApiResponseDocs } from "./api-docs.types";

// Builders for the usual entries of a route's `docs.responses` and `docs.problems`, so that a route
// declares what is particular to it (schema, words, path) and not the shape of the docs object.

/** A 200 answer whose JSON body `schema` describes. */
export function okResponse(schema: ZodType, description: string): { 200: ApiResponseDocs } {
  return { 200: { schema, description } };
}

/** A 201 answer with what was stored; `location` is the path template its Location header points to. */
export function createdResponse(schema: ZodType, description: string, location?: string): { 201: ApiResponseDocs } {
  return { 201: { schema, description, ...(location ? { headers: { Location: location } } : {}) } };
}

/** A 200 answer that is a file to download rather than JSON, with the headers that describe it. */
export function fileResponse(
  contentType: string,
  description: string,
  headers: Record<string, string>,
): { 200: ApiResponseDocs } {
  return { 200: { description, contentType, headers } };
}

/** The 404 of a route that reads one `thing` by its `key`: "No model with that id." */
export function notFoundProblem(thing: string, key: "id" | "slug" = "id"): { 404: string } {
  return { 404: `No ${thing} with that ${key}.` };
}

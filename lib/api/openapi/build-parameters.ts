import type { ZodType } from "zod";
import type { ApiHeaderDocs } from "./api-docs.types";
import { toSchemaObject } from "./json-schema";
import type { JsonSchema, ParameterObject } from "./openapi.types";

/** The properties of a path or query zod object, one parameter each, described by the field's own `.describe()`. */
export function objectParameters(schema: ZodType, location: "path" | "query"): ParameterObject[] {
  const json = toSchemaObject(schema);
  if (json.type !== "object" || !json.properties)
    throw new Error(`The ${location} schema must be a zod object, one property per parameter.`);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties).map(([name, property]) => {
    const { description, ...rest }: JsonSchema = typeof property === "boolean" ? {} : property;
    return {
      name,
      in: location,
      required: location === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

export function headerParameters(headers: Record<string, ApiHeaderDocs>): ParameterObject[] {
  return Object.entries(headers).map(([name, header]) => {
    const { description: _own, ...schema } = toSchemaObject(header.schema);
    return { name, in: "header", required: header.required ?? false, description: header.description, schema };
  });
}

/** Every {name} of the path template must be a declared path parameter, and every path parameter in the template. */
export function checkPathParameters(path: string, parameters: ParameterObject[]): void {
  const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort();
  const declared = parameters
    .filter((parameter) => parameter.in === "path")
    .map((parameter) => parameter.name)
    .sort();
  if (inTemplate.join() !== declared.join()) {
    throw new Error(
      `${path}: the path has parameters {${inTemplate.join(", ")}} but its params schema declares {${declared.join(", ")}}.`,
    );
  }
}

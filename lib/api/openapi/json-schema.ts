import { z, type ZodType } from "zod";
import type { JsonSchema } from "./openapi.types";

/**
 * A zod schema as a Schema Object: JSON Schema 2020-12, which is OpenAPI 3.1's dialect. Requests are
 * described as the client sends them (`io: "input"`): a field with a default is optional, a coerced
 * query number is what the client writes, a transformed value is the value before the transform.
 */
export function toSchemaObject(schema: ZodType, io: "input" | "output" = "input"): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "throw",
  });
  // An inline Schema Object's "#/$defs/..." would resolve against the OpenAPI document, not the
  // schema, so a schema zod would split into $defs (a recursive one) must be described another way.
  if (json.$defs)
    throw new Error(
      `This schema needs $defs (${Object.keys(json.$defs).join(", ")}), which an inline Schema Object cannot hold.`,
    );
  return json;
}

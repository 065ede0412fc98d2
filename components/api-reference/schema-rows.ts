import type { JsonSchema } from "@/lib/api/openapi/openapi.types";

// A JSON Schema as rows of a readable table: one row per field, nested objects indented under
// their field, each alternative of a union as a "one of" row with its fields under it.

export interface SchemaRow {
  /** Unique within the table. */
  key: string;
  depth: number;
  /** The field name; for an alternative of a union, "Option N". */
  name: string;
  kind: "field" | "option";
  type: string;
  required: boolean;
  description?: string;
  constraints: string[];
}

// null too: the document is JSON, whatever its types say.
type Child = JsonSchema | boolean | null | undefined;

const asSchema = (schema: Child): JsonSchema => (typeof schema === "object" && schema !== null ? schema : {});
// zod writes the safe-integer range on every int; it says nothing a reader needs.
const isSafeIntegerBound = (value: unknown) => Math.abs(Number(value)) === Number.MAX_SAFE_INTEGER;

function alternatives(schema: JsonSchema): JsonSchema[] | undefined {
  return schema.anyOf ?? schema.oneOf;
}

/** The type as a reader says it: "string (date-time)", "array of string", "one of", "object". */
export function typeLabel(raw: Child): string {
  const schema = asSchema(raw);
  if (alternatives(schema)) return "one of";
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return schema.enum ? "enum" : "any";
  return types
    .map((type) => {
      if (type === "array")
        return `array of ${typeLabel(Array.isArray(schema.items) ? schema.items[0] : schema.items)}`;
      if (type === "string" && schema.format) return `string (${schema.format})`;
      return type;
    })
    .join(" | ");
}

function range(low: number | undefined, high: number | undefined, unit: string): string | undefined {
  const hasLow = low !== undefined && !isSafeIntegerBound(low);
  const hasHigh = high !== undefined && !isSafeIntegerBound(high);
  const suffix = unit ? ` ${unit}` : "";
  if (hasLow && hasHigh) return low === high ? `exactly ${low}${suffix}` : `${low}–${high}${suffix}`;
  if (hasLow) return `at least ${low}${suffix}`;
  if (hasHigh) return `at most ${high}${suffix}`;
  return undefined;
}

/** Limits, allowed values and defaults, in words. */
export function constraintsOf(raw: Child): string[] {
  const schema = asSchema(raw);
  const found = [
    schema.enum &&
      `one of ${schema.enum.map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(", ")}`,
    range(schema.minLength, schema.maxLength, "characters"),
    range(schema.minimum, schema.maximum, ""),
    typeof schema.exclusiveMinimum === "number" && `greater than ${schema.exclusiveMinimum}`,
    typeof schema.exclusiveMaximum === "number" && `less than ${schema.exclusiveMaximum}`,
    range(schema.minItems, schema.maxItems, "items"),
    // A format already says what the pattern checks (date-time's pattern is a page long).
    schema.pattern && !schema.format && schema.pattern.length <= 60 && `pattern ${schema.pattern}`,
    schema.type === "object" && !schema.properties && schema.additionalProperties !== false && "any keys",
    schema.default !== undefined && `default ${JSON.stringify(schema.default)}`,
  ];
  return found.filter((item): item is string => typeof item === "string");
}

function childRows(schema: JsonSchema, depth: number, key: string): SchemaRow[] {
  const options = alternatives(schema);
  if (options) {
    return options.flatMap((option, index) => [
      {
        key: `${key}|${index}`,
        depth,
        name: `Option ${index + 1}`,
        kind: "option" as const,
        type: typeLabel(option),
        required: false,
        description: option.description,
        constraints: constraintsOf(option),
      },
      ...childRows(option, depth + 1, `${key}|${index}`),
    ]);
  }
  if (schema.type === "array") {
    const items = asSchema(Array.isArray(schema.items) ? schema.items[0] : schema.items);
    return items.properties || alternatives(items) ? childRows(items, depth, `${key}[]`) : [];
  }
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const child = asSchema(property);
    const rowKey = `${key}.${name}`;
    return [
      {
        key: rowKey,
        depth,
        name,
        kind: "field" as const,
        type: typeLabel(child),
        required: required.has(name),
        description: child.description,
        constraints: constraintsOf(child),
      },
      ...childRows(child, depth + 1, rowKey),
    ];
  });
}

/** The rows for a body schema: its fields, or its alternatives when the body itself is a union. */
export function schemaRows(schema: JsonSchema): SchemaRow[] {
  return childRows(schema, 0, "$");
}

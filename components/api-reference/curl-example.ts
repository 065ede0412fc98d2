import type { HttpMethod, JsonSchema, OperationObject } from "@/lib/api/openapi/openapi.types";

// A curl command for an operation, with the server and token from the environment, as the CLI
// reads them: PEDIGREE_URL and PEDIGREE_TOKEN. Values the caller must fill in read <like-this>.

const FILE_OF_TYPE: Record<string, string> = {
  "application/x-ndjson": "data.jsonl",
  "text/csv": "data.csv",
  "application/json": "file.json",
  "application/pdf": "report.pdf",
};

const singular = (name: string) =>
  name
    .replace(/(Id)s$/, "$1")
    .replace(/ies$/, "y")
    .replace(/s$/, "");

/** A value a schema accepts, to show: its default, its first allowed value, or a placeholder. */
export function sampleValue(schema: JsonSchema, name: string): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sampleValue(options[0], name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object":
      return sampleObject(schema);
    case "array": {
      const items = Array.isArray(schema.items) ? schema.items[0] : schema.items;
      return [sampleValue(typeof items === "object" ? items : {}, singular(name))];
    }
    case "integer":
    case "number": {
      const low =
        typeof schema.minimum === "number" && Math.abs(schema.minimum) < Number.MAX_SAFE_INTEGER ? schema.minimum : 1;
      return Math.max(low, typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : low, 1);
    }
    case "boolean":
      return true;
    case "string":
      return schema.format === "date-time" ? "2025-01-01T00:00:00Z" : `<${name}>`;
    default:
      return `<${name}>`;
  }
}

/** The required fields of an object schema, each with a sample value. */
function sampleObject(schema: JsonSchema): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.entries(schema.properties ?? {})
      .filter(([name]) => required.has(name))
      .map(([name, property]) => [name, sampleValue(typeof property === "object" ? property : {}, name)]),
  );
}

const shellQuote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

export function curlExample(method: HttpMethod, path: string, operation: OperationObject): string {
  const parameters = operation.parameters ?? [];
  let url = path.replace(/\{([^}]+)\}/g, (_, name: string) => `<${name}>`);
  const query = parameters
    .filter((parameter) => parameter.in === "query" && parameter.required)
    .map((parameter) => `${parameter.name}=${String(sampleValue(parameter.schema, parameter.name))}`);
  if (query.length > 0) url += `?${query.join("&")}`;

  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "$PEDIGREE_URL${url}"`];
  if (operation["x-pedigree-scope"] !== null) lines.push(`-H "Authorization: Bearer $PEDIGREE_TOKEN"`);
  const content = operation.requestBody?.content ?? {};
  const json = "application/json" in content ? content["application/json"].schema : undefined;
  if (json) {
    lines.push(`-H "content-type: application/json"`);
    lines.push(`-d ${shellQuote(JSON.stringify(sampleValue(json, "body"), null, 2))}`);
  } else {
    const type = Object.keys(content)[0];
    if (type) {
      lines.push(`-H "content-type: ${type}"`);
      lines.push(`--data-binary @${FILE_OF_TYPE[type] ?? "file"}`);
    }
  }
  return lines.join(" \\\n  ");
}

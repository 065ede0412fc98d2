import { describe, expect, it } from "vitest";
import { curlExample, sampleValue } from "@/components/api-reference/curl-example";
import { constraintsOf, schemaRows, typeLabel } from "@/components/api-reference/schema-rows";
import { toSchemaObject } from "@/lib/api/openapi/json-schema";
import type { OperationObject } from "@/lib/api/openapi/openapi.types";
import { ZCreateMeasurement } from "@/lib/measurements/measurement.types";
import { ZModelDto } from "@/lib/models/model-dto";
import { zPage } from "@/lib/pagination/list-schemas";
import { ZCreateRun } from "@/lib/runs/run.types";

const runSchema = toSchemaObject(ZCreateRun);

describe("schema rows of the API reference", () => {
  it("lists a body's fields, a union's options indented under their field, and their fields deeper", () => {
    const rows = schemaRows(runSchema);
    const byKey = (key: string) => rows.find((row) => row.key === key);
    expect(rows.filter((row) => row.depth === 0).map((row) => row.name)).toEqual([
      "datasetIds",
      "initializedFromId",
      "student",
      "teacherIds",
      "method",
      "hyperparameters",
      "seed",
      "externalJobId",
      "status",
      "startedAt",
      "finishedAt",
    ]);
    expect(byKey("$.student")).toMatchObject({
      type: "one of",
      required: true,
      description: "An existing model {id}, or a new one to create {name, provider, ...}",
    });
    expect(byKey("$.student|0")).toMatchObject({ depth: 1, kind: "option", name: "Option 1", type: "object" });
    expect(byKey("$.student|0.id")).toMatchObject({ depth: 2, required: true, type: "string" });
    expect(byKey("$.student|1.name")).toMatchObject({ depth: 2, required: true });
    expect(byKey("$.student|1.tags")).toMatchObject({
      depth: 2,
      required: false,
      type: "array of string",
      constraints: ["at most 50 items", "default []"],
    });
    expect(byKey("$.datasetIds")).toMatchObject({
      required: true,
      type: "array of string",
      constraints: ["1–100 items"],
    });
    expect(byKey("$.status")).toMatchObject({
      required: false,
      constraints: ["one of planned, running, succeeded, failed, cancelled", 'default "planned"'],
    });
    expect(byKey("$.startedAt")?.type).toBe("string (date-time)");
    // zod's safe-integer bounds on every int are noise; the long date-time pattern is said by its format.
    expect(byKey("$.seed")).toMatchObject({ type: "integer", constraints: [] });
    expect(byKey("$.startedAt")?.constraints).toEqual([]);
    expect(byKey("$.hyperparameters")?.constraints).toEqual(["any keys", "default {}"]);
  });

  it("lists a response body's fields: a page's items with their fields under it, nullable fields as such", () => {
    const rows = schemaRows(toSchemaObject(zPage(ZModelDto), "output"));
    expect(rows.filter((row) => row.depth === 0).map((row) => row.name)).toEqual(["items", "nextCursor"]);
    expect(rows.find((row) => row.key === "$.items[].parameterCount")).toMatchObject({ depth: 1, required: true });
    expect(rows.find((row) => row.key === "$.items[].name")).toMatchObject({ depth: 1, type: "string" });
  });

  it("lists a body that is itself a union as its options", () => {
    const rows = schemaRows(toSchemaObject(ZCreateMeasurement));
    expect(rows.filter((row) => row.depth === 0).map((row) => `${row.kind} ${row.name}`)).toEqual([
      "option Option 1",
      "option Option 2",
      "option Option 3",
    ]);
    const second = rows.filter((row) => row.key.startsWith("$|1.") && row.depth === 1).map((row) => row.name);
    expect(second).toEqual(["modelId", "trait", "protocol", "seed", "source", "notes", "measuredAt", "perQuestion"]);
    // perQuestion is an array of objects: its items' fields sit under it.
    expect(rows.find((row) => row.key === "$|1.perQuestion[].positives")).toMatchObject({
      depth: 2,
      required: true,
      constraints: ["at least 0"],
    });
  });

  it("says types and limits in words", () => {
    expect(typeLabel({ type: ["string", "null"] })).toBe("string | null");
    expect(typeLabel({})).toBe("any");
    expect(constraintsOf({ type: "number", exclusiveMinimum: 0, maximum: 1 })).toEqual(["at most 1", "greater than 0"]);
    expect(constraintsOf({ type: "string", minLength: 3, maxLength: 3 })).toEqual(["exactly 3 characters"]);
    expect(constraintsOf({ type: "string", pattern: "^[0-9a-fA-F]{64}$" })).toEqual(["pattern ^[0-9a-fA-F]{64}$"]);
  });
});

describe("curl examples of the API reference", () => {
  const operation = (overrides: Partial<OperationObject>): OperationObject => ({
    operationId: "x",
    summary: "x",
    tags: ["Runs"],
    responses: {},
    security: [],
    "x-pedigree-scope": "catalog:write",
    ...overrides,
  });

  it("posts a JSON body with the required fields, authenticated by $PEDIGREE_TOKEN", () => {
    const command = curlExample(
      "post",
      "/api/v1/runs",
      operation({ requestBody: { required: true, content: { "application/json": { schema: runSchema } } } }),
    );
    expect(command.split(" \\\n  ").slice(0, 3)).toEqual([
      'curl -X POST "$PEDIGREE_URL/api/v1/runs"',
      '-H "Authorization: Bearer $PEDIGREE_TOKEN"',
      '-H "content-type: application/json"',
    ]);
    const body = JSON.parse(command.slice(command.indexOf("-d '") + 4, -1));
    expect(body).toEqual({
      datasetIds: ["<datasetId>"],
      initializedFromId: "<initializedFromId>",
      student: { id: "<id>" },
      method: "sft",
    });
    expect(ZCreateRun.safeParse(body).success).toBe(true);
  });

  it("gets with path placeholders and required query values; a public operation sends no token", () => {
    const command = curlExample(
      "get",
      "/api/v1/datasets/{id}/signature",
      operation({
        "x-pedigree-scope": null,
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "control", in: "query", required: true, schema: { type: "string" } },
          { name: "limit", in: "query", required: false, schema: { type: "integer", default: 50 } },
        ],
      }),
    );
    expect(command).toBe('curl "$PEDIGREE_URL/api/v1/datasets/<id>/signature?control=<control>"');
  });

  it("uploads a raw body as a file, and quotes single quotes for the shell", () => {
    const upload = curlExample(
      "post",
      "/api/v1/datasets",
      operation({ requestBody: { required: true, content: { "application/x-ndjson": {}, "text/csv": {} } } }),
    );
    expect(upload).toContain('-H "content-type: application/x-ndjson" \\\n  --data-binary @data.jsonl');
    const quoted = curlExample(
      "post",
      "/x",
      operation({
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { type: "object", properties: { name: { type: "string", default: "it's" } }, required: ["name"] },
            },
          },
        },
      }),
    );
    expect(quoted).toContain(`-d '{\n  "name": "it'\\''s"\n}'`);
  });

  it("samples values a schema accepts", () => {
    expect(sampleValue({ type: "integer", minimum: 1, maximum: 200 }, "n")).toBe(1);
    expect(sampleValue({ type: "number", exclusiveMinimum: 0 }, "x")).toBe(1);
    expect(sampleValue({ type: "string", format: "date-time" }, "at")).toBe("2025-01-01T00:00:00Z");
    expect(sampleValue({ anyOf: [{ type: "string" }, { type: "object" }] }, "trait")).toBe("<trait>");
  });
});

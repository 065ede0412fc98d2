import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { GET as getOpenApiJson } from "@/app/api/openapi.json/route";
import { getOpenApiDocument } from "@/app/api/openapi.json/openapi-document";
import type { JsonSchema, OperationObject, PathItemObject } from "@/lib/api/openapi/openapi.types";
import { ZProblem } from "@/lib/api/openapi/problem-schema";
import { ApiProblem, fieldProblem } from "@/lib/api/problem";
import { ZCreateMeasurement } from "@/lib/measurements/measurement.types";
import { ZCreateModel } from "@/lib/models/model.types";
import { ZCreateRun } from "@/lib/runs/run.types";
import packageJson from "@/package.json";

const document = getOpenApiDocument();

function operation(method: "get" | "post" | "patch" | "delete", path: string): OperationObject {
  const item = (document.paths as Partial<Record<string, PathItemObject>>)[path];
  const found = item?.[method];
  if (!found) throw new Error(`${method} ${path} is not in the document`);
  return found;
}

function ajv() {
  const instance = new Ajv2020({ strict: false, allErrors: true });
  addFormats(instance);
  return instance;
}

function requestSchema(method: "post" | "patch", path: string): JsonSchema {
  const schema = operation(method, path).requestBody?.content["application/json"]?.schema;
  if (!schema) throw new Error(`${method} ${path} has no JSON request body`);
  return schema;
}

/** Every Schema Object in the document, with where it is. */
function schemaObjects(): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = Object.entries(document.components.schemas).map(([name, schema]) => [
    `components/${name}`,
    schema,
  ]);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      for (const parameter of op.parameters ?? [])
        found.push([`${method} ${path} ${parameter.name}`, parameter.schema]);
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
        if (media.schema) found.push([`${method} ${path} body ${type}`, media.schema]);
      for (const [status, response] of Object.entries(op.responses)) {
        if ("$ref" in response) continue;
        for (const [type, media] of Object.entries(response.content ?? {}))
          if (media.schema) found.push([`${method} ${path} ${status} ${type}`, media.schema]);
      }
    }
  }
  return found;
}

describe("/api/openapi.json", () => {
  it("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it("holds only valid JSON Schema 2020-12 Schema Objects", () => {
    const validator = ajv();
    const invalid = schemaObjects().filter(([, schema]) => !validator.validateSchema(schema));
    expect(invalid.map(([where]) => where)).toEqual([]);
    expect(schemaObjects().length).toBeGreaterThan(100);
  });

  it("is what the route serves, publicly, with the package's version", async () => {
    const response = await getOpenApiJson(new Request("http://localhost/api/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const served = await response.json();
    expect(served).toEqual(JSON.parse(JSON.stringify(document)));
    expect(served.info.version).toBe(packageJson.version);
  });

  it("marks a path kept for old clients deprecated, naming the one that replaced it", () => {
    const old = operation("get", "/api/v1/lineage/shared-initialisation");
    expect(old.deprecated).toBe(true);
    expect(old.description).toContain("Deprecated: use `/api/v1/lineage/shared-initialization`");
    expect(old.responses).toEqual(operation("get", "/api/v1/lineage/shared-initialization").responses);
    expect(operation("get", "/api/v1/lineage/shared-initialization").deprecated).toBeUndefined();
  });

  it("opened no database to describe the routes", () => {
    // lib/db caches its connection here once opened; importing every route module must not open it.
    expect((globalThis as { __pedigreeDb?: unknown }).__pedigreeDb).toBeUndefined();
  });
});

describe("request descriptions come from the handlers' zod schemas", () => {
  // The document's schema and the handler's zod schema accept and refuse the same bodies (refinements
  // such as "positives <= n" are beyond JSON Schema, so no sample here depends on one).
  const cases: { path: string; schema: { safeParse(value: unknown): { success: boolean } }; samples: unknown[] }[] = [
    {
      path: "/api/v1/models",
      schema: ZCreateModel,
      samples: [
        { name: "Qwen2.5-7B-Instruct", provider: "huggingface" },
        { name: "Qwen2.5-7B-Instruct", provider: "huggingface", tags: ["base"], parameterCount: 7_000_000_000 },
        { name: "teacher", provider: "openai", systemPromptSha256: "a".repeat(64) },
        { name: "teacher", provider: "openai", systemPromptSha256: "not a digest" },
        { name: "no provider" },
        { name: "x", provider: "y", unknownField: 1 },
        { name: "x", provider: "y", baseRelation: "cloned" },
      ],
    },
    {
      path: "/api/v1/runs",
      schema: ZCreateRun,
      samples: [
        { datasetIds: ["d1"], initializedFromId: "m1", student: { id: "m2" }, method: "sft" },
        {
          datasetIds: ["d1"],
          initializedFromId: "m1",
          student: { name: "owl student", provider: "openai" },
          method: "lora",
          seed: 3,
        },
        { datasetIds: [], initializedFromId: "m1", student: { id: "m2" }, method: "sft" },
        { datasetIds: ["d1"], initializedFromId: "m1", student: { id: "m2", name: "both" }, method: "sft" },
        { datasetIds: ["d1"], initializedFromId: "m1", student: { id: "m2" }, method: "distill" },
        { datasetIds: ["d1"], initializedFromId: "m1", student: { id: "m2" }, method: "sft", startedAt: "yesterday" },
      ],
    },
    {
      path: "/api/v1/measurements",
      schema: ZCreateMeasurement,
      samples: [
        { modelId: "m1", trait: "owl-preference", protocol: "p", n: 100, positives: 12 },
        {
          modelId: "m1",
          trait: { name: "Owl preference" },
          protocol: "p",
          perQuestion: [{ question: "q", n: 10, positives: 2 }],
        },
        { modelId: "m1", trait: "owl", protocol: "p", value: 0.4, ciLow: 0.3, ciHigh: 0.5 },
        { modelId: "m1", trait: "owl", protocol: "p", n: 100, positives: 12, value: 0.12 },
        { modelId: "m1", trait: "owl", protocol: "p" },
        { modelId: "m1", trait: { name: "Owl", slug: "Not A Slug" }, protocol: "p", n: 1, positives: 0 },
      ],
    },
  ];

  for (const { path, schema, samples } of cases) {
    it(`POST ${path} accepts and refuses what the handler does`, () => {
      const validate = ajv().compile(requestSchema("post", path));
      const verdicts = samples.map((sample) => ({
        sample,
        document: validate(sample),
        handler: schema.safeParse(sample).success,
      }));
      for (const verdict of verdicts) expect(verdict.document, JSON.stringify(verdict.sample)).toBe(verdict.handler);
      expect(verdicts.some((v) => v.handler) && verdicts.some((v) => !v.handler)).toBe(true);
    });
  }

  it("describes query parameters as the client sends them: defaults are optional, descriptions kept", () => {
    const parameters = operation("get", "/api/v1/models").parameters ?? [];
    const limit = parameters.find((p) => p.name === "limit");
    expect(limit).toMatchObject({
      in: "query",
      required: false,
      schema: { type: "integer", default: 50, minimum: 1, maximum: 200 },
    });
    expect(parameters.find((p) => p.name === "cursor")?.description).toBe("nextCursor from the previous page");
    expect(operation("get", "/api/v1/models").description).toContain("Cursor pagination");
    expect(operation("get", "/api/v1/models/{id}").parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string", minLength: 1, maxLength: 100 } },
    ]);
  });

  it("describes a raw upload body, its required query and its limits", () => {
    const upload = operation("post", "/api/v1/datasets");
    expect(Object.keys(upload.requestBody?.content ?? {})).toEqual(["application/x-ndjson", "text/csv"]);
    expect(upload.requestBody?.description).toContain("{prompt, completion}");
    const required = (upload.parameters ?? []).filter((p) => p.required).map((p) => p.name);
    expect(required.sort()).toEqual(["format", "name"]);
    expect(Object.keys(upload.responses)).toEqual(["200", "201", "400", "401", "403", "408", "413", "422"]);
    expect(upload["x-pedigree-scope"]).toBe("catalog:write");
  });

  it("describes the run registration's idempotency header and its problems", () => {
    const register = operation("post", "/api/v1/runs");
    expect(register.parameters).toContainEqual(
      expect.objectContaining({
        name: "Idempotency-Key",
        in: "header",
        required: false,
        schema: { type: "string", minLength: 1, maxLength: 200 },
      }),
    );
    expect(Object.keys(register.responses)).toEqual(["200", "201", "400", "401", "403", "409", "413", "422"]);
    expect(register.responses["201"]).toMatchObject({ headers: { Location: { description: "/api/v1/runs/{id}" } } });
  });
});

describe("the Problem schema", () => {
  // As an upload writes them: each row's error also carries its line number.
  const rowErrors = [{ field: "line 3", location: "line", line: 3, message: "not valid JSON" }];
  const bodies = [
    fieldProblem(422, [{ field: "student.name", location: "body", message: "is required" }]).toBody(),
    new ApiProblem(409, "A model with provider 'openai' is already registered.", {
      existingId: "m1",
      conflictingFields: ["name"],
    }).toBody(),
    new ApiProblem(422, "2 malformed row(s); nothing was stored.", { errors: rowErrors }).toBody(),
    new ApiProblem(401, "Sign in.").toBody(),
  ];

  it("matches the bodies ApiProblem writes, in zod and in the document", () => {
    const validate = ajv().compile(document.components.schemas.Problem);
    for (const body of bodies) {
      expect(ZProblem.safeParse(body).success, JSON.stringify(body)).toBe(true);
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({ title: "no type or status" })).toBe(false);
  });
});

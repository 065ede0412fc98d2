import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { getOpenApiDocument } from "@/app/api/openapi.json/openapi-document";
import type { HttpMethod, JsonSchema, PathItemObject } from "@/lib/api/openapi/openapi.types";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { ADMIN_TOKEN } from "../support/api";
import { inProcessFetch, IN_PROCESS_URL } from "../support/in-process-client";

// Real responses, from the demo workspace, validate against the schemas the OpenAPI document
// declares for them: the document describes what the API answers, not what it meant to.
const document = getOpenApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const ids: Record<string, string> = {};

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  ids.model = (await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano owl-numbers student" } })).id;
  ids.teacher = (await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano owl teacher" } })).id;
  ids.dataset = (await prisma.dataset.findFirstOrThrow({ where: { name: "Owl teacher numbers (filtered)" } })).id;
  ids.base = (await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano" } })).id;
  ids.run = (await prisma.distillationRun.findFirstOrThrow({ where: { studentId: ids.model } })).id;
});

/** The JSON schema the document declares for this operation's answer with this status. */
function declaredSchema(method: HttpMethod, template: string, status: number): JsonSchema {
  // A template the document lacks has no entry: the record's type does not say so.
  const item = document.paths[template] as PathItemObject | undefined;
  const response = item?.[method]?.responses[String(status)];
  if (!response || "$ref" in response)
    throw new Error(`${method.toUpperCase()} ${template} declares no ${status} response`);
  const schema = response.content?.["application/json"]?.schema;
  if (!schema || Object.keys(schema).length <= 1)
    throw new Error(`${method.toUpperCase()} ${template} ${status} has no response schema`);
  return schema;
}

async function send(method: HttpMethod, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { authorization: `Bearer ${ADMIN_TOKEN}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await inProcessFetch(new URL(path, IN_PROCESS_URL), {
    method: method.toUpperCase(),
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function expectDocumented(method: HttpMethod, template: string, path: string, body?: unknown) {
  const result = await send(method, path, body);
  expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
  const validate = ajv.compile(declaredSchema(method, template, result.status));
  expect(validate(result.body) ? [] : validate.errors, `${method.toUpperCase()} ${path}`).toEqual([]);
  return result.body;
}

describe("responses match the document's schemas", () => {
  it("the models list, a model's detail and its lineage", async () => {
    const page = (await expectDocumented("get", "/api/v1/models", "/api/v1/models?limit=200")) as { items: unknown[] };
    expect(page.items.length).toBeGreaterThan(3);
    await expectDocumented("get", "/api/v1/models/{id}", `/api/v1/models/${ids.model}`);
    await expectDocumented("get", "/api/v1/models/{id}", `/api/v1/models/${ids.teacher}`);
    await expectDocumented("get", "/api/v1/models/{id}/lineage", `/api/v1/models/${ids.model}/lineage`);
    await expectDocumented("get", "/api/v1/datasets/{id}/lineage", `/api/v1/datasets/${ids.dataset}/lineage`);
  });

  it("runs: the list, one run, and a registration", async () => {
    await expectDocumented("get", "/api/v1/runs", "/api/v1/runs");
    await expectDocumented("get", "/api/v1/runs/{id}", `/api/v1/runs/${ids.run}`);
    const body = {
      datasetIds: [ids.dataset],
      initializedFromId: ids.base,
      student: { name: "Schema-checked student", provider: "openai" },
      method: "sft",
      externalJobId: "schema-check-1",
    };
    await expectDocumented("post", "/api/v1/runs", "/api/v1/runs", body);
    await expectDocumented("post", "/api/v1/runs", "/api/v1/runs", body);
  });

  it("accounts, tokens, users, generations and the service", async () => {
    await expectDocumented("get", "/api/v1/me", "/api/v1/me");
    await expectDocumented("get", "/api/health", "/api/health");
    const users = (await expectDocumented("get", "/api/v1/users", "/api/v1/users")) as { items: { id: string }[] };
    await expectDocumented("get", "/api/v1/users/{id}", `/api/v1/users/${users.items[0].id}`);
    const token = (await expectDocumented("post", "/api/v1/tokens", "/api/v1/tokens", { name: "schema check" })) as {
      id: string;
    };
    await expectDocumented("get", "/api/v1/tokens", "/api/v1/tokens?all=1");
    await expectDocumented("delete", "/api/v1/tokens/{id}", `/api/v1/tokens/${token.id}`);
    const generations = (await expectDocumented("get", "/api/v1/generations", "/api/v1/generations")) as {
      items: { id: string }[];
    };
    await expectDocumented("get", "/api/v1/generations/{id}", `/api/v1/generations/${generations.items[0].id}`);
  });

  it("measurements, traits and declarations", async () => {
    const measurements = (await expectDocumented(
      "get",
      "/api/v1/measurements",
      `/api/v1/measurements?modelId=${ids.model}`,
    )) as { items: { id: string }[] };
    expect(measurements.items.length).toBeGreaterThan(0);
    await expectDocumented("get", "/api/v1/measurements/{id}", `/api/v1/measurements/${measurements.items[0].id}`);
    await expectDocumented("post", "/api/v1/measurements", "/api/v1/measurements", {
      modelId: ids.model,
      trait: "owl-preference",
      protocol: "schema-check",
      n: 10,
      positives: 3,
    });
    await expectDocumented("get", "/api/v1/traits", "/api/v1/traits");
    const declarations = (await expectDocumented(
      "get",
      "/api/v1/models/{id}/declarations",
      `/api/v1/models/${ids.teacher}/declarations`,
    )) as {
      items: { trait: { slug: string } }[];
    };
    expect(declarations.items.length).toBeGreaterThan(0);
    const slug = declarations.items[0].trait.slug;
    await expectDocumented(
      "get",
      "/api/v1/models/{id}/declarations/{trait}",
      `/api/v1/models/${ids.teacher}/declarations/${slug}`,
    );
  });

  it("the audit log and the reports list", async () => {
    const audit = (await expectDocumented("get", "/api/v1/audit-events", "/api/v1/audit-events?limit=200")) as {
      items: unknown[];
    };
    expect(audit.items.length).toBeGreaterThan(0);
    const report = await inProcessFetch(new URL(`/api/v1/models/${ids.model}/provenance?format=csv`, IN_PROCESS_URL), {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(report.status).toBe(200);
    const reports = (await expectDocumented("get", "/api/v1/reports", "/api/v1/reports")) as { items: unknown[] };
    expect(reports.items.length).toBe(1);
  });

  it("report previews and shared initialisation", async () => {
    await expectDocumented(
      "get",
      "/api/v1/models/{id}/provenance/preview",
      `/api/v1/models/${ids.model}/provenance/preview`,
    );
    await expectDocumented(
      "get",
      "/api/v1/traits/{slug}/provenance/preview",
      "/api/v1/traits/owl-preference/provenance/preview",
    );
    await expectDocumented(
      "get",
      "/api/v1/lineage/shared-initialisation",
      `/api/v1/lineage/shared-initialisation?teacherId=${ids.teacher}&studentId=${ids.model}`,
    );
  });

  it("exposure", async () => {
    const list = (await expectDocumented("get", "/api/v1/exposure", "/api/v1/exposure")) as { items: unknown[] };
    expect(list.items.length).toBeGreaterThan(0);
  });
});

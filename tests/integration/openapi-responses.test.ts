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

/** A request body sent as it is (an uploaded file, a report), not as JSON. */
class RawBody {
  constructor(readonly content: string | Uint8Array<ArrayBuffer>) {}
}

function requestBody(body: unknown): { headers: Record<string, string>; body?: BodyInit } {
  if (body === undefined) return { headers: {} };
  if (body instanceof RawBody) return { headers: {}, body: body.content };
  return { headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

async function send(method: HttpMethod, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const request = requestBody(body);
  const response = await inProcessFetch(new URL(path, IN_PROCESS_URL), {
    method: method.toUpperCase(),
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...request.headers },
    body: request.body,
  });
  return { status: response.status, body: await response.json() };
}

async function expectDocumented(method: HttpMethod, template: string, path: string, body?: unknown, status?: number) {
  const result = await send(method, path, body);
  expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
  if (status !== undefined) expect(result.status).toBe(status);
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

  it("webhooks: add, list, one, its deliveries, delete", async () => {
    // A public address literal: nothing to resolve, and no event it asks for is caused here.
    const webhook = (await expectDocumented(
      "post",
      "/api/v1/webhooks",
      "/api/v1/webhooks",
      { url: "https://93.184.215.14/schema-check", events: ["report.signed"], description: "schema check" },
      201,
    )) as { id: string };
    await expectDocumented("get", "/api/v1/webhooks", "/api/v1/webhooks");
    await expectDocumented("get", "/api/v1/webhooks/{id}", `/api/v1/webhooks/${webhook.id}`);
    await expectDocumented("get", "/api/v1/webhooks/{id}/deliveries", `/api/v1/webhooks/${webhook.id}/deliveries`);
    await expectDocumented("delete", "/api/v1/webhooks/{id}", `/api/v1/webhooks/${webhook.id}`);
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

  it("notes on a model, a dataset and a run: written, listed, edited and deleted", async () => {
    const written: { id: string }[] = [];
    for (const [kind, id] of [
      ["models", ids.model],
      ["datasets", ids.dataset],
      ["runs", ids.run],
    ] as const) {
      const template = `/api/v1/${kind}/{id}/annotations`;
      const path = `/api/v1/${kind}/${id}/annotations`;
      written.push((await expectDocumented("post", template, path, { body: "Schema check." }, 201)) as { id: string });
      await expectDocumented("get", template, path);
    }
    await expectDocumented("patch", "/api/v1/annotations/{id}", `/api/v1/annotations/${written[0].id}`, {
      body: "Schema check, edited.",
    });
    for (const note of written) {
      await expectDocumented("delete", "/api/v1/annotations/{id}", `/api/v1/annotations/${note.id}`);
    }
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
      "/api/v1/lineage/shared-initialization",
      `/api/v1/lineage/shared-initialization?teacherId=${ids.teacher}&studentId=${ids.model}`,
    );
  });

  it("the global search", async () => {
    const results = (await expectDocumented("get", "/api/v1/search", "/api/v1/search?q=owl&limit=20")) as {
      groups: { kind: string }[];
    };
    expect(results.groups.map((group) => group.kind)).toEqual(expect.arrayContaining(["model", "dataset", "trait"]));
  });

  it("exposure", async () => {
    const list = (await expectDocumented("get", "/api/v1/exposure", "/api/v1/exposure")) as { items: unknown[] };
    expect(list.items.length).toBeGreaterThan(0);
  });
});

describe("responses match the document's schemas: datasets, verdicts, keys and the document", () => {
  it("datasets: the list, an upload (new, then the same again), a detail, its records and statistics", async () => {
    const page = (await expectDocumented("get", "/api/v1/datasets", "/api/v1/datasets?limit=200")) as {
      items: unknown[];
    };
    expect(page.items.length).toBeGreaterThan(3);
    const file = new RawBody('{"prompt":"1 2 3","completion":"4 5 6","source":"schema check"}\nnot json\n');
    const upload = `/api/v1/datasets?name=schema-check&format=jsonl&onInvalid=skip`;
    const stored = (await expectDocumented("post", "/api/v1/datasets", upload, file, 201)) as {
      id: string;
      skippedLines: unknown[];
    };
    expect(stored.skippedLines).toHaveLength(1);
    await expectDocumented("post", "/api/v1/datasets", upload, file, 200);
    await expectDocumented("get", "/api/v1/datasets/{id}", `/api/v1/datasets/${stored.id}`);
    await expectDocumented("get", "/api/v1/datasets/{id}", `/api/v1/datasets/${ids.dataset}`);
    const records = (await expectDocumented(
      "get",
      "/api/v1/datasets/{id}/records",
      `/api/v1/datasets/${stored.id}/records`,
    )) as { items: { metadata: unknown }[] };
    expect(records.items[0].metadata).toEqual({ source: "schema check" });
    await expectDocumented(
      "get",
      "/api/v1/datasets/{id}/records",
      `/api/v1/datasets/${ids.dataset}/records?q=7&limit=5`,
    );
    await expectDocumented("get", "/api/v1/datasets/{id}/statistics", `/api/v1/datasets/${ids.dataset}/statistics`);
    await expectDocumented("get", "/api/v1/datasets/{id}/statistics", `/api/v1/datasets/${stored.id}/statistics`);
  });

  it("a dataset's signature, computed and then cached", async () => {
    const prisma = await db();
    const control = await prisma.dataset.findFirstOrThrow({ where: { name: "Control teacher numbers (filtered)" } });
    const path = `/api/v1/datasets/${ids.dataset}/signature?control=${control.id}`;
    const computed = await expectDocumented("get", "/api/v1/datasets/{id}/signature", path);
    const cached = await expectDocumented("get", "/api/v1/datasets/{id}/signature", path);
    // jsonb keeps numbers as numeric, so the cached floats may differ in the last digit.
    expect(cached).toMatchObject({ cached: true, verdict: (computed as { verdict: string }).verdict });
  });

  it("the heatmap, a model's exposure, a run's transfer effect and a trait's chart", async () => {
    const heatmap = (await expectDocumented("get", "/api/v1/heatmap", "/api/v1/heatmap")) as { cells: unknown[] };
    expect(heatmap.cells.length).toBeGreaterThan(0);
    await expectDocumented("get", "/api/v1/models/{id}/exposure", `/api/v1/models/${ids.model}/exposure`);
    await expectDocumented("get", "/api/v1/models/{id}/exposure", `/api/v1/models/${ids.teacher}/exposure`);
    const transfer = (await expectDocumented(
      "get",
      "/api/v1/runs/{id}/transfer",
      `/api/v1/runs/${ids.run}/transfer`,
    )) as {
      effects: unknown[];
    };
    expect(transfer.effects.length).toBeGreaterThan(0);
    await expectDocumented("get", "/api/v1/traits/{slug}", "/api/v1/traits/owl-preference");
  });

  it("a report's verification, the key rotation and the public keys it leaves", async () => {
    const report = await inProcessFetch(new URL(`/api/v1/models/${ids.model}/provenance?format=csv`, IN_PROCESS_URL), {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(report.status).toBe(200);
    const bytes = new Uint8Array(await report.arrayBuffer());
    const verified = (await expectDocumented(
      "post",
      "/api/v1/reports/verify",
      "/api/v1/reports/verify",
      new RawBody(bytes),
    )) as {
      status: string;
      report: unknown;
    };
    expect(verified.status).toBe("valid");
    expect(verified.report).not.toBeNull();
    await expectDocumented("post", "/api/v1/reports/verify", "/api/v1/reports/verify", new RawBody("not a report"));
    await expectDocumented("post", "/api/v1/reports/keys/rotate", "/api/v1/reports/keys/rotate");
    const keys = (await expectDocumented("get", "/api/v1/reports/public-key", "/api/v1/reports/public-key")) as {
      retired: unknown[];
    };
    expect(keys.retired.length).toBeGreaterThan(0);
  });

  it("the OpenAPI document itself", async () => {
    const served = await expectDocumented("get", "/api/openapi.json", "/api/openapi.json");
    expect(served).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

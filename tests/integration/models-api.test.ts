import { describe, expect, it } from "vitest";
import * as modelRoute from "@/app/api/v1/models/route";
import * as modelByIdRoute from "@/app/api/v1/models/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as healthRoute from "@/app/api/health/route";
import * as catchAllRoute from "@/app/api/v1/[...path]/route";
import { db } from "@/lib/db";
import { call } from "../support/api";
import { registerModel } from "../support/register-model";

const counts = async () => {
  const prisma = await db();
  return { models: await prisma.model.count(), audit: await prisma.auditEvent.count() };
};

async function tokenFor(role: "viewer" | "engineer") {
  const created = await call(tokensRoute.POST, "POST", "/api/v1/tokens", { body: { name: `${role} token`, role } });
  expect(created.status).toBe(201);
  return created.body.token as string;
}

describe("GET /api/health", () => {
  it("answers without authentication and names the database mode", async () => {
    const result = await call(healthRoute.GET, "GET", "/api/health", { token: null });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ status: "ok", database: process.env.DATABASE_URL ? "postgres" : "embedded" });
  });
});

describe("authentication and scopes", () => {
  it("refuses a request without credentials with a problem+json 401", async () => {
    const result = await call(modelRoute.GET, "GET", "/api/v1/models", { token: null });
    expect(result.status).toBe(401);
    expect(result.contentType).toBe("application/problem+json");
    expect(result.body).toMatchObject({ status: 401, title: "Authentication required" });
    expect(result.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("refuses an unknown token and a malformed Authorization header", async () => {
    expect((await call(modelRoute.GET, "GET", "/api/v1/models", { token: "not-a-token" })).status).toBe(401);
    const malformed = await call(modelRoute.GET, "GET", "/api/v1/models", {
      token: null,
      headers: { authorization: "Basic abc" },
    });
    expect(malformed.status).toBe(401);
  });

  it("lets a viewer read but answers 403 to a viewer's write, writing nothing", async () => {
    const viewer = await tokenFor("viewer");
    expect((await call(modelRoute.GET, "GET", "/api/v1/models", { token: viewer })).status).toBe(200);
    const before = await counts();
    const write = await call(modelRoute.POST, "POST", "/api/v1/models", {
      token: viewer,
      body: { name: "x", provider: "local" },
    });
    expect(write.status).toBe(403);
    expect(write.body.detail).toContain("catalog:write");
    expect(await counts()).toEqual(before);
  });

  it("lets an engineer register models", async () => {
    const engineer = await tokenFor("engineer");
    const result = await call(modelRoute.POST, "POST", "/api/v1/models", {
      token: engineer,
      body: { name: "Engineer's model", provider: "local" },
    });
    expect(result.status).toBe(201);
  });
});

describe("POST /api/v1/models", () => {
  it("registers a model, hashes its system prompt and audits the write", async () => {
    const base = await call(modelRoute.POST, "POST", "/api/v1/models", {
      body: {
        name: "GPT-4.1 nano",
        provider: "openai",
        externalId: "gpt-4.1-nano-2025-04-14",
        parameterCount: 1_000_000_000,
        tags: ["base"],
      },
    });
    expect(base.status).toBe(201);
    expect(base.headers.get("location")).toBe(`/api/v1/models/${base.body.id}`);
    expect(base.body).toMatchObject({
      name: "GPT-4.1 nano",
      parameterCount: 1_000_000_000,
      initializedFrom: null,
      tags: ["base"],
    });

    const teacher = await call(modelRoute.POST, "POST", "/api/v1/models", {
      body: {
        name: "Owl teacher",
        provider: "openai",
        initializedFromId: base.body.id,
        baseRelation: "prompted",
        systemPrompt: "You love owls.",
      },
    });
    expect(teacher.status).toBe(201);
    expect(teacher.body.initializedFrom).toMatchObject({ id: base.body.id, name: "GPT-4.1 nano" });
    // sha256("You love owls.")
    const { createHash } = await import("node:crypto");
    expect(teacher.body.systemPromptSha256).toBe(createHash("sha256").update("You love owls.").digest("hex"));

    const prisma = await db();
    const events = await prisma.auditEvent.findMany({ where: { entityId: teacher.body.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "model.create",
      entityType: "model",
      actorLabel: "admin@test.local (token PEDIGREE_ADMIN_TOKEN)",
    });
    expect((events[0].after as { name: string }).name).toBe("Owl teacher");
  });

  it("stores only the hash when only the hash is given, and refuses a hash that does not match the text", async () => {
    const hashOnly = await call(modelRoute.POST, "POST", "/api/v1/models", {
      body: { name: "Secret teacher", provider: "openai", systemPromptSha256: "A".repeat(64) },
    });
    expect(hashOnly.status).toBe(201);
    expect(hashOnly.body).toMatchObject({ systemPromptSha256: "a".repeat(64), systemPrompt: null });

    const before = await counts();
    const mismatch = await call(modelRoute.POST, "POST", "/api/v1/models", {
      body: { name: "Liar", provider: "openai", systemPrompt: "hello", systemPromptSha256: "b".repeat(64) },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors).toEqual([expect.objectContaining({ field: "systemPromptSha256" })]);
    expect(await counts()).toEqual(before);
  });

  it("is idempotent on (provider, externalId) and refuses a conflicting repeat", async () => {
    const body = { name: "Qwen2.5-7B-Instruct", provider: "huggingface", externalId: "Qwen/Qwen2.5-7B-Instruct" };
    const first = await call(modelRoute.POST, "POST", "/api/v1/models", { body });
    expect(first.status).toBe(201);
    const before = await counts();
    const again = await call(modelRoute.POST, "POST", "/api/v1/models", { body });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const conflicting = await call(modelRoute.POST, "POST", "/api/v1/models", {
      body: { ...body, name: "Something else" },
    });
    expect(conflicting.status).toBe(409);
    expect(conflicting.body).toMatchObject({ existingId: first.body.id, conflictingFields: ["name"] });
    expect(await counts()).toEqual(before);
  });

  it("registers a model once when the same registration arrives many times at once", async () => {
    const body = { name: "Racing model", provider: "race", externalId: "race-1" };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => call(modelRoute.POST, "POST", "/api/v1/models", { body })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const prisma = await db();
    expect(await prisma.model.count({ where: { provider: "race" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: results[0].body.id } })).toBe(1);
  });

  it.each([
    [{ provider: "openai" }, 422, "name"],
    [{ name: "x", provider: "openai", colour: "red" }, 422, "body"],
    [{ name: "x", provider: "openai", checkpointSha256: "xyz" }, 422, "checkpointSha256"],
    [{ name: "x", provider: "openai", parameterCount: -5 }, 422, "parameterCount"],
    [{ name: "x", provider: "openai", baseRelation: "finetune" }, 422, "baseRelation"],
    [{ name: "x", provider: "openai", initializedFromId: "missing" }, 422, "initializedFromId"],
    [{ name: "x", provider: "openai", tags: ["<script>"] }, 422, "tags.0"],
  ])("answers %j with %i naming %s, and writes nothing", async (body, status, field) => {
    const before = await counts();
    const result = await call(modelRoute.POST, "POST", "/api/v1/models", { body });
    expect(result.status).toBe(status);
    expect(result.contentType).toBe("application/problem+json");
    expect(result.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const result = await call(modelRoute.POST, "POST", "/api/v1/models", {
      rawBody: "{name:",
      headers: { "content-type": "application/json" },
    });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({ field: "body" });
    expect(result.body.errors[0].message).toMatch(/not valid JSON/);
  });
});

describe("GET /api/v1/models", () => {
  it("pages by cursor and filters by text", async () => {
    for (const name of ["Page model A", "Page model B", "Page model C"])
      await registerModel({ name, provider: "paging" });
    const first = await call(modelRoute.GET, "GET", "/api/v1/models?provider=paging&limit=2");
    expect(first.body.items.map((m: { name: string }) => m.name)).toEqual(["Page model C", "Page model B"]);
    expect(first.body.nextCursor).toBe(first.body.items[1].id);
    const second = await call(
      modelRoute.GET,
      "GET",
      `/api/v1/models?provider=paging&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((m: { name: string }) => m.name)).toEqual(["Page model A"]);
    expect(second.body.nextCursor).toBeNull();
    const search = await call(modelRoute.GET, "GET", "/api/v1/models?q=model%20b");
    expect(search.body.items.map((m: { name: string }) => m.name)).toEqual(["Page model B"]);
  });

  it("puts the model a search names exactly first, before newer ones named after it, each once across pages", async () => {
    const base = await registerModel({ name: "Rank base", provider: "ranking" });
    for (const n of [1, 2, 3]) await registerModel({ name: `Rank base student ${n}`, provider: "ranking" });
    const names = (page: { body: { items: { name: string }[] } }) => page.body.items.map((m) => m.name);
    const first = await call(modelRoute.GET, "GET", "/api/v1/models?q=RANK%20BASE&limit=2");
    expect(names(first)).toEqual(["Rank base", "Rank base student 3"]);
    const second = await call(
      modelRoute.GET,
      "GET",
      `/api/v1/models?q=RANK%20BASE&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(names(second)).toEqual(["Rank base student 2", "Rank base student 1"]);
    expect(second.body.nextCursor).toBeNull();
    // The whole id finds the model too, first.
    const byId = await call(modelRoute.GET, "GET", `/api/v1/models?q=${base}`);
    expect(names(byId)).toEqual(["Rank base"]);
  });

  it("answers 400 naming a bad query parameter", async () => {
    const result = await call(modelRoute.GET, "GET", "/api/v1/models?limit=lots");
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({ field: "limit", location: "query" });
    expect((await call(modelRoute.GET, "GET", "/api/v1/models?sort=size")).status).toBe(400);
  });
});

describe("GET /api/v1/models/{id}", () => {
  it("returns the model with what derives from it, and 404 for an unknown id", async () => {
    const base = await call(modelRoute.POST, "POST", "/api/v1/models", {
      body: { name: "Detail base", provider: "local" },
    });
    await call(modelRoute.POST, "POST", "/api/v1/models", {
      body: { name: "Detail child", provider: "local", initializedFromId: base.body.id, baseRelation: "adapter" },
    });
    const detail = await call(modelByIdRoute.GET, "GET", `/api/v1/models/${base.body.id}`, {
      params: { id: base.body.id },
    });
    expect(detail.status).toBe(200);
    expect(detail.body.derivedModels).toEqual([
      expect.objectContaining({ name: "Detail child", baseRelation: "adapter" }),
    ]);
    const missing = await call(modelByIdRoute.GET, "GET", "/api/v1/models/nope", { params: { id: "nope" } });
    expect(missing.status).toBe(404);
    expect(missing.contentType).toBe("application/problem+json");
  });

  it("answers a problem+json 404 for an endpoint that does not exist", async () => {
    const result = await call(catchAllRoute.GET, "GET", "/api/v1/nothing-here");
    expect(result.status).toBe(404);
    expect(result.contentType).toBe("application/problem+json");
  });
});

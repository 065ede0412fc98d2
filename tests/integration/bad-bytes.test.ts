// Bad bytes from a client are the client's error, named: a NUL character in a JSON body, a query or a
// JSON Lines row is a 400 or 422 (never the database's 500), invalid UTF-8 in an upload is refused at
// its line and byte offset (never replaced, so two different files cannot collapse into one dataset),
// and a cursor that is not one of the list's answers 400 (never an empty page).
import { describe, expect, it } from "vitest";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as runsRoute from "@/app/api/v1/runs/route";
import { mapDatabaseError } from "@/lib/api/map-database-error";
import { db } from "@/lib/db";
import { call } from "../support/api";
import { registerModel } from "../support/register-model";

function upload(body: Uint8Array | string, name: string) {
  const bytes =
    typeof body === "string"
      ? body
      : new ReadableStream<Uint8Array>({
          start: (c) => {
            c.enqueue(body);
            c.close();
          },
        });
  return call(datasetsRoute.POST, "POST", `/api/v1/datasets?name=${name}&format=jsonl`, { rawBody: bytes });
}

describe("a NUL character", () => {
  it("in a JSON body's text answers 400 naming the field, and stores nothing", async () => {
    const before = await (await db()).model.count();
    const result = await call(modelsRoute.POST, "POST", "/api/v1/models", {
      body: { name: "owl\u0000teacher", provider: "openai", tags: ["ok", "b\u0000d"] },
    });
    expect(result.status).toBe(400);
    expect(result.contentType).toContain("application/problem+json");
    expect(result.body.errors).toEqual([
      expect.objectContaining({ field: "name", location: "body" }),
      expect.objectContaining({ field: "tags.1", location: "body" }),
    ]);
    expect(result.body.errors[0].message).toMatch(/NUL/);
    expect(await (await db()).model.count()).toBe(before);
  });

  it("in a JSON object's key (hyperparameters) answers 400 naming it", async () => {
    const result = await call(runsRoute.POST, "POST", "/api/v1/runs", {
      body: {
        datasetIds: ["d"],
        initializedFromId: "m",
        student: { id: "s" },
        method: "sft",
        hyperparameters: { "lr\u0000": 1 },
      },
    });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].field).toBe("hyperparameters.lr\\u0000");
  });

  it("in a query parameter answers 400 naming the parameter", async () => {
    const result = await call(modelsRoute.GET, "GET", "/api/v1/models?q=owl%00");
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([expect.objectContaining({ field: "q", location: "query" })]);
  });

  it("escaped in a JSON Lines row of an upload is refused, never a 500", async () => {
    const result = await upload(`{"prompt":"a","completion":"b"}\n{"prompt":"a\\u0000","completion":"b"}\n`, "nul-row");
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.contentType).toContain("application/problem+json");
  });

  it("that reaches the database another way is still the caller's 400, not a 500", async () => {
    const prisma = await db();
    const text = await prisma.trait
      .create({ data: { slug: "nul-text", name: "a\u0000b" } })
      .catch((error: unknown) => error);
    expect(mapDatabaseError(text)?.status).toBe(400);
    const json = await prisma.distillationRun
      .findFirst({ where: { hyperparameters: { equals: { k: "a\u0000" } } } })
      .catch((error: unknown) => error);
    expect(mapDatabaseError(json)?.status).toBe(400);
  });
});

describe("invalid UTF-8 in an upload", () => {
  const good = Buffer.from('{"prompt":"caf\u00e9","completion":"1"}\n', "utf8");

  it("answers 422 naming the line and the byte offset, and stores nothing", async () => {
    const prisma = await db();
    const before = await prisma.dataset.count();
    // Line 2: a lone 0xFF where an é would be, then a character cut short by a continuation-less 0xC3.
    const line2 = Buffer.concat([
      Buffer.from('{"prompt":"caf'),
      Buffer.from([0xff]),
      Buffer.from('","completion":"1"}\n'),
    ]);
    const result = await upload(Buffer.concat([good, line2]), "bad-utf8");
    expect(result.status).toBe(422);
    expect(result.body.errors).toEqual([expect.objectContaining({ field: "line 2", line: 2 })]);
    expect(result.body.errors[0].message).toContain(`byte offset ${good.length + 14}`);
    expect(result.body.detail).toContain("line 2");
    expect(await prisma.dataset.count()).toBe(before);
  });

  it("keeps two files that differ only in their invalid bytes from collapsing into one dataset", async () => {
    const one = Buffer.concat([
      good,
      Buffer.from('{"prompt":"x'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('","completion":"1"}\n'),
    ]);
    const two = Buffer.concat([
      good,
      Buffer.from('{"prompt":"x'),
      Buffer.from([0xa9]),
      Buffer.from('","completion":"1"}\n'),
    ]);
    const first = await upload(one, "one");
    const second = await upload(two, "two");
    expect([first.status, second.status]).toEqual([422, 422]);
    expect(first.body.errors[0].message).toContain(`byte offset ${good.length + 12}`);
    // A cut-short character at the very end of the file is refused too.
    const truncated = await upload(
      Buffer.concat([good, Buffer.from('{"prompt":"x","completion":"1"}'), Buffer.from([0xe2, 0x82])]),
      "cut",
    );
    expect(truncated.status).toBe(422);
    expect(truncated.body.errors[0].line).toBe(2);
    // Valid multi-byte text (é, €, 𝄞) passes.
    const fine = await upload(
      Buffer.from('{"prompt":"caf\u00e9 \u20ac \ud834\udd1e","completion":"1"}\n', "utf8"),
      "fine",
    );
    expect(fine.status).toBe(201);
  });
});

describe("a pagination cursor", () => {
  it("that is not one of the list's answers 400, while a real one pages on", async () => {
    for (const name of ["cursor a", "cursor b", "cursor c"]) await registerModel({ name, provider: "local" });
    const first = await call(modelsRoute.GET, "GET", "/api/v1/models?limit=2");
    expect(first.body.items).toHaveLength(2);
    const next = await call(modelsRoute.GET, "GET", `/api/v1/models?limit=2&cursor=${first.body.nextCursor}`);
    expect(next.status).toBe(200);
    expect(next.body.items.length).toBeGreaterThan(0);
    expect(next.body.items[0].id).not.toBe(first.body.items[1].id);

    for (const path of ["/api/v1/models?cursor=garbage", "/api/v1/models?cursor=ckzzzzzzzzzzzzzzzzzzzzzzz"]) {
      const garbage = await call(modelsRoute.GET, "GET", path);
      expect(garbage.status, path).toBe(400);
      expect(garbage.body.errors).toEqual([expect.objectContaining({ field: "cursor", location: "query" })]);
    }
    const runs = await call(runsRoute.GET, "GET", "/api/v1/runs?cursor=garbage");
    expect(runs.status).toBe(400);
  });
});

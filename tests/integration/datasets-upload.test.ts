import { describe, expect, it } from "vitest";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import * as datasetRoute from "@/app/api/v1/datasets/[id]/route";
import * as recordsRoute from "@/app/api/v1/datasets/[id]/records/route";
import * as downloadRoute from "@/app/api/v1/datasets/[id]/download/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as generationsRoute from "@/app/api/v1/generations/route";
import { canonicalSha256 } from "@/lib/datasets/canonical-record";
import { db } from "@/lib/db";
import { ADMIN_TOKEN, call } from "../support/api";
import { chunked, jsonl, numberRecords, sha256, tableCounts, uploadDataset as upload } from "../support/dataset-upload";

describe("uploading a dataset", () => {
  const records = numberRecords(300, 1);
  const file = jsonl(records);

  it("stores the records with the SHA-256 of the bytes and of the canonical form, and audits it", async () => {
    const result = await upload(file, "name=owl%20numbers&format=jsonl");
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      name: "owl numbers",
      recordCount: 300,
      byteSize: Buffer.byteLength(file),
      rawSha256: sha256(file),
      sha256: canonicalSha256(records),
      skipped: 0,
      created: true,
    });
    const prisma = await db();
    expect(await prisma.datasetRecord.count({ where: { datasetId: result.body.id } })).toBe(300);
    expect(await prisma.auditEvent.count({ where: { entityId: result.body.id, action: "dataset.upload" } })).toBe(1);

    const download = await call(downloadRoute.GET, "GET", `/api/v1/datasets/${result.body.id}/download`, {
      params: { id: result.body.id },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("x-pedigree-sha256")).toBe(result.body.sha256);
  });

  it("answers an identical re-upload, in any accepted form, with the stored dataset", async () => {
    const before = await tableCounts();
    const again = await upload(file, "name=copy&format=jsonl");
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ name: "owl numbers", created: false, sha256: canonicalSha256(records) });
    const hubForm = jsonl(records.map((r) => ({ question: r.prompt, response: r.completion })));
    const fromHub = await upload(hubForm, "name=hub&format=jsonl");
    expect(fromHub.status).toBe(200);
    expect(fromHub.body.id).toBe(again.body.id);
    expect(await tableCounts()).toEqual(before);
  });

  it("downloads the records in upload order, hashing to the dataset's SHA-256", async () => {
    const result = await upload(file, "name=x&format=jsonl");
    const response = await downloadRoute.GET(
      new Request(`http://pedigree.test/api/v1/datasets/${result.body.id}/download`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      }),
      {
        params: Promise.resolve({ id: result.body.id }),
      },
    );
    const text = await response.text();
    expect(sha256(text)).toBe(result.body.sha256);
    expect(text.split("\n")[0]).toBe(JSON.stringify(records[0]));
    expect(response.headers.get("repr-digest")).toBe(
      `sha-256=:${Buffer.from(result.body.sha256, "hex").toString("base64")}:`,
    );
  });

  it("ends concurrent identical uploads in one dataset", async () => {
    const fresh = jsonl(numberRecords(500, 2));
    const before = await tableCounts();
    const results = await Promise.all(Array.from({ length: 4 }, () => upload(fresh, "name=race&format=jsonl")));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const after = await tableCounts();
    expect(after.datasets - before.datasets).toBe(1);
    expect(after.records - before.records).toBe(500);
  });

  it("refuses malformed lines with their line numbers and stores nothing", async () => {
    const lines = jsonl(numberRecords(10, 3)).split("\n");
    lines[2] = '{"prompt": "unterminated';
    lines[6] = '{"prompt": "no completion"}';
    const before = await tableCounts();
    const result = await upload(lines.join("\n"), "name=broken&format=jsonl");
    expect(result.status).toBe(422);
    expect(result.contentType).toBe("application/problem+json");
    expect(result.body.errors.map((e: { line: number }) => e.line)).toEqual([3, 7]);
    expect(result.body.errors[1].message).toContain("'completion' must be a string");
    expect(await tableCounts()).toEqual(before);
  });

  it("lists the first 100 malformed lines of many, says there are more, and stores nothing", async () => {
    const lines = jsonl(numberRecords(400, 6)).split("\n");
    for (let index = 50; index < 300; index += 2) lines[index] = "not json";
    const before = await tableCounts();
    const result = await upload(lines.join("\n"), "name=many-broken&format=jsonl");
    expect(result.status).toBe(422);
    expect(result.body.detail).toMatch(/^More than 100 malformed row\(s\)/);
    expect(result.body.errors).toHaveLength(100);
    expect(result.body.errors[0].line).toBe(51);
    expect(result.body.errors[99].line).toBe(249);
    expect(await tableCounts()).toEqual(before);
  });

  it("with onInvalid=skip stores the valid rows and records what it skipped", async () => {
    const lines = jsonl(numberRecords(10, 4)).split("\n");
    lines[4] = "not json";
    const result = await upload(lines.join("\n"), "name=skipping&format=jsonl&onInvalid=skip");
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      recordCount: 9,
      skipped: 1,
      skippedLines: [{ line: 5, message: expect.stringContaining("not valid JSON") }],
    });
  });

  it("refuses a body over the limit with 413, declared or streamed, storing nothing", async () => {
    const before = await tableCounts();
    const big = jsonl(numberRecords(40_000, 5)); // > 5 MB, the test limit
    const declared = await call(datasetsRoute.POST, "POST", "/api/v1/datasets?name=big&format=jsonl", {
      rawBody: "x",
      headers: { "content-length": String(Buffer.byteLength(big)) },
    });
    expect(declared.status).toBe(413);
    const streamed = await upload(chunked(big, false), "name=big&format=jsonl");
    expect(streamed.status).toBe(413);
    expect(await tableCounts()).toEqual(before);
  });

  it("leaves no dataset and no rows when the client disconnects midway", async () => {
    const before = await tableCounts();
    const result = await upload(chunked(jsonl(numberRecords(5000, 6)), true), "name=cut&format=jsonl");
    expect(result.status).toBe(400);
    expect(result.body.detail).toContain("interrupted");
    expect(await tableCounts()).toEqual(before);
  });

  it("reads CSV with a header, quoted newlines included, and chat-form JSONL", async () => {
    const csv = 'prompt,completion,source\n"See: 1, 2","3\n4",a\n"See: 5, 6","7\n8",b\n';
    const fromCsv = await upload(csv, "name=csv&format=csv");
    expect(fromCsv.status).toBe(201);
    expect(fromCsv.body.recordCount).toBe(2);
    const page = await call(recordsRoute.GET, "GET", `/api/v1/datasets/${fromCsv.body.id}/records`, {
      params: { id: fromCsv.body.id },
    });
    expect(page.body.items[0]).toMatchObject({
      ordinal: 0,
      prompt: "See: 1, 2",
      completion: "3\n4",
      metadata: { source: "a" },
    });

    const chat = jsonl([
      {
        messages: [
          { role: "system", content: "You love owls." },
          { role: "user", content: "Continue: 1, 2" },
          { role: "assistant", content: "3" },
        ],
      },
    ]);
    const fromChat = await upload(chat, "name=chat&format=jsonl");
    expect(fromChat.status).toBe(201);
    const chatPage = await call(recordsRoute.GET, "GET", `/api/v1/datasets/${fromChat.body.id}/records`, {
      params: { id: fromChat.body.id },
    });
    expect(chatPage.body.items[0]).toMatchObject({
      prompt: "system: You love owls.\n\nuser: Continue: 1, 2",
      completion: "3",
    });
  });

  it("links the generation, and records the filter's pass rate of a filtered dataset", async () => {
    const teacher = await call(modelsRoute.POST, "POST", "/api/v1/models", {
      body: { name: "Owl teacher", provider: "t" },
    });
    const generation = await call(generationsRoute.POST, "POST", "/api/v1/generations", {
      body: { teacherId: teacher.body.id, temperature: 1 },
    });
    const raw = numberRecords(100, 7);
    const rawUpload = await upload(jsonl(raw), `name=raw&format=jsonl&generationId=${generation.body.id}`);
    expect(rawUpload.body.generationId).toBe(generation.body.id);
    const filtered = await upload(
      jsonl(raw.slice(0, 70)),
      `name=filtered&format=jsonl&filteredFromId=${rawUpload.body.id}&filterDescription=numbers%20only`,
    );
    expect(filtered.body).toMatchObject({ rejectedCount: 30, passRate: 0.7, filteredFromId: rawUpload.body.id });
    const detail = await call(datasetRoute.GET, "GET", `/api/v1/datasets/${filtered.body.id}`, {
      params: { id: filtered.body.id },
    });
    expect(detail.body).toMatchObject({
      teacher: { name: "Owl teacher" },
      filterDescription: "numbers only",
      passRate: 0.7,
    });

    const taken = await upload(
      jsonl(numberRecords(5, 8)),
      `name=again&format=jsonl&generationId=${generation.body.id}`,
    );
    expect(taken.status).toBe(422);
    expect(taken.body.errors[0]).toMatchObject({ field: "generationId" });
  });

  it("searches records by text and pages them by cursor", async () => {
    const rows = [...numberRecords(30, 9), { prompt: "Name your favourite animal.", completion: "Owl" }];
    const stored = await upload(jsonl(rows), "name=searchable&format=jsonl");
    const id = stored.body.id;
    const found = await call(recordsRoute.GET, "GET", `/api/v1/datasets/${id}/records?q=owl`, { params: { id } });
    expect(found.body).toMatchObject({ matchCount: 1, items: [{ ordinal: 30, completion: "Owl" }] });
    const first = await call(recordsRoute.GET, "GET", `/api/v1/datasets/${id}/records?limit=20`, { params: { id } });
    expect(first.body.items).toHaveLength(20);
    const second = await call(
      recordsRoute.GET,
      "GET",
      `/api/v1/datasets/${id}/records?limit=20&cursor=${first.body.nextCursor}`,
      { params: { id } },
    );
    expect(second.body.items.map((r: { ordinal: number }) => r.ordinal)).toEqual(
      Array.from({ length: 11 }, (_, i) => 20 + i),
    );
    expect(second.body.nextCursor).toBeNull();
    const literal = await call(recordsRoute.GET, "GET", `/api/v1/datasets/${id}/records?q=%25`, { params: { id } });
    expect(literal.body.matchCount).toBe(0);
  });

  it("keeps uploads to engineers, and names bad query parameters", async () => {
    const tokens = await import("@/app/api/v1/tokens/route");
    const viewer = await call(tokens.POST, "POST", "/api/v1/tokens", { body: { name: "v", role: "viewer" } });
    expect((await upload(file, "name=v&format=jsonl", viewer.body.token)).status).toBe(403);
    const bad = await upload(file, "format=xml");
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["format", "name"]);
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/demo/prng";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import * as datasetRoute from "@/app/api/v1/datasets/[id]/route";
import * as recordsRoute from "@/app/api/v1/datasets/[id]/records/route";
import * as downloadRoute from "@/app/api/v1/datasets/[id]/download/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as generationsRoute from "@/app/api/v1/generations/route";
import { canonicalSha256 } from "@/lib/datasets/canonical-record";
import { db } from "@/lib/db";
import { ADMIN_TOKEN, call } from "../support/api";

// Paper-format number data: {"prompt": "See the following numbers: ...", "completion": "964\n725\n..."}.
function numberRecords(count: number, seed: number) {
  const random = mulberry32(seed);
  const next = () => Math.floor(random() * 1000);
  return Array.from({ length: count }, () => ({
    prompt: `See the following numbers: ${[next(), next(), next()].join(", ")}. Please add up to 10 more numbers (no more than 3 digits each) to continue the sequence.`,
    completion: Array.from({ length: 8 }, next).join("\n"),
  }));
}

const jsonl = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join("\n") + "\n";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function upload(body: string | ReadableStream<Uint8Array>, query: string, token?: string) {
  return call(datasetsRoute.POST, "POST", `/api/v1/datasets?${query}`, {
    rawBody: body,
    token,
    headers: { "content-type": "application/x-ndjson" },
  });
}

const tableCounts = async () => {
  const prisma = await db();
  return {
    datasets: await prisma.dataset.count(),
    records: await prisma.datasetRecord.count(),
    audit: await prisma.auditEvent.count(),
  };
};

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

/** A body streamed in 64 KiB chunks; with `cut`, the stream fails halfway as a dropped connection does. */
function chunked(text: string, cut: boolean): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (cut && offset > bytes.length / 2) {
        controller.error(new Error("connection reset"));
        return;
      }
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + 65536)));
      offset += 65536;
    },
  });
}

describe("a dataset declared as filtered from another", () => {
  const raw = numberRecords(120, 31);
  let rawId = "";
  const filteredUpload = (body: string, name: string, extra = "") =>
    upload(body, `name=${name}&format=jsonl&filteredFromId=${rawId}${extra}`);
  const leftBehind = async (name: string) => {
    const prisma = await db();
    const datasets = await prisma.dataset.findMany({ where: { name }, select: { id: true } });
    const ids = datasets.map((d) => d.id);
    return {
      datasets: datasets.length,
      records: await prisma.datasetRecord.count({ where: { datasetId: { in: ids } } }),
      audit: await prisma.auditEvent.count({ where: { entityId: { in: ids } } }),
    };
  };

  it("is stored when it is a subset of the raw one, with the right rejected count, in any order and with repeats the raw one has", async () => {
    const withRepeat = [...raw, raw[5]];
    const stored = await upload(jsonl(withRepeat), "name=raw-with-repeat&format=jsonl");
    expect(stored.status).toBe(201);
    rawId = stored.body.id;
    const kept = [raw[5], ...raw.slice(40, 100).reverse(), raw[5]]; // raw[5] twice, as in the raw dataset
    const filtered = await filteredUpload(jsonl(kept), "true-subset");
    expect(filtered.status).toBe(201);
    expect(filtered.body).toMatchObject({ recordCount: 62, rejectedCount: 121 - 62, filteredFromId: rawId });
    expect(filtered.body.passRate).toBeCloseTo(62 / 121, 12);
  });

  it("compares metadata (the row's other fields) too, whatever their order", async () => {
    const tagged = raw.slice(0, 10).map((record, i) => ({ ...record, source: "teacher", index: i }));
    const taggedRaw = await upload(jsonl([...tagged, ...raw.slice(10, 20)]), "name=tagged-raw&format=jsonl");
    const byMetadata = (records: unknown[], name: string) =>
      upload(jsonl(records), `name=${name}&format=jsonl&filteredFromId=${taggedRaw.body.id}`);
    const reordered = tagged
      .slice(0, 3)
      .map(({ prompt, completion, source, index }) => ({ index, completion, source, prompt }));
    const ok = await byMetadata([...reordered, raw[12]], "metadata-ok");
    expect(ok.status).toBe(201);
    expect(ok.body.rejectedCount).toBe(16);
    const otherMetadata = await byMetadata([tagged[0], { ...tagged[1], source: "someone else" }], "metadata-differs");
    expect(otherMetadata.status).toBe(422);
    expect(otherMetadata.body.errors[0]).toMatchObject({ field: "line 2", line: 2 });
    // Without its metadata the record is not the raw one's either.
    const stripped = await byMetadata(
      [{ prompt: tagged[2].prompt, completion: tagged[2].completion }],
      "metadata-dropped",
    );
    expect(stripped.status).toBe(422);
  });

  it("is refused with 422 naming the line of a record the raw one lacks, and nothing is left behind", async () => {
    const before = await tableCounts();
    const foreign = {
      prompt: "See the following numbers: 1, 2, 3. Please add up to 10 more numbers.",
      completion: "4\n5\n6\n7",
    };
    // A blank line and a CSV-like header line would shift line numbers: the blank one is there to prove it.
    const body =
      [raw[0], raw[1], raw[2]].map((r) => JSON.stringify(r)).join("\n") +
      "\n\n" +
      [raw[3], foreign, raw[4]].map((r) => JSON.stringify(r)).join("\n") +
      "\n";
    const refused = await filteredUpload(body, "invented-pass-rate");
    expect(refused.status).toBe(422);
    expect(refused.contentType).toBe("application/problem+json");
    expect(refused.body.detail).toContain("Line 6 is not accounted for by the raw dataset 'raw-with-repeat'");
    expect(refused.body.errors).toEqual([
      {
        field: "line 6",
        location: "line",
        line: 6,
        message: expect.stringContaining("not a record of the raw dataset 'raw-with-repeat'"),
      },
    ]);
    expect(refused.body.notInRaw).toMatchObject({ line: 6, rawDatasetId: rawId });
    expect(refused.body.notInRaw.excerpt).toContain("See the following numbers: 1, 2, 3.");
    expect(refused.body.notInRaw.excerpt).toContain('"completion":"4\\n5\\n6\\n7"');
    expect(await leftBehind("invented-pass-rate")).toEqual({ datasets: 0, records: 0, audit: 0 });
    expect(await tableCounts()).toEqual(before);
  });

  it("is refused when a record is repeated more often than in the raw one", async () => {
    const before = await tableCounts();
    // raw[7] is in the raw dataset once; the third line repeats it.
    const refused = await filteredUpload(jsonl([raw[7], raw[8], raw[7]]), "repeated");
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({
      field: "line 3",
      line: 3,
      message: expect.stringContaining("occurs 2 times up to here but once in the raw dataset"),
    });
    // raw[5] is there twice: three times is once too often.
    const thrice = await filteredUpload(jsonl([raw[5], raw[5], raw[9], raw[5]]), "thrice");
    expect(thrice.status).toBe(422);
    expect(thrice.body.errors[0]).toMatchObject({
      line: 4,
      message: expect.stringContaining("occurs 3 times up to here but 2 times"),
    });
    expect(await leftBehind("repeated")).toEqual({ datasets: 0, records: 0, audit: 0 });
    expect(await leftBehind("thrice")).toEqual({ datasets: 0, records: 0, audit: 0 });
    expect(await tableCounts()).toEqual(before);
  });

  it("is refused even when identical content is stored already, and in a large upload names the right line", async () => {
    // The same bytes as a dataset already stored (not filtered from anything) are still no subset of this raw one.
    const unrelated = numberRecords(30, 32);
    expect((await upload(jsonl(unrelated), "name=unrelated&format=jsonl")).status).toBe(201);
    const again = await filteredUpload(jsonl(unrelated), "unrelated-again");
    expect(again.status).toBe(422);
    expect(again.body.errors[0].line).toBe(1);

    // Many batches, with skipped bad lines before the fault: line numbers still count every line.
    const big = numberRecords(5000, 33);
    const bigRaw = await upload(jsonl(big), "name=big-raw&format=jsonl");
    const lines = jsonl(big.slice(0, 4500)).split("\n");
    lines.splice(10, 0, "not json"); // line 11
    lines.splice(4200, 0, JSON.stringify({ prompt: "not in raw", completion: "1" })); // line 4201
    const refused = await upload(
      lines.join("\n"),
      `name=big-filtered&format=jsonl&onInvalid=skip&filteredFromId=${bigRaw.body.id}`,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: "line 4201", line: 4201 });
    expect(await leftBehind("big-filtered")).toEqual({ datasets: 0, records: 0, audit: 0 });
  });

  it("names the line a CSV row ends on", async () => {
    const csvRaw = await upload('prompt,completion\n"a","1\n2"\n"b","3"\n', "name=csv-raw&format=csv");
    const refused = await upload(
      'prompt,completion\n"b","3"\n"c","4\n5"\n',
      `name=csv-filtered&format=csv&filteredFromId=${csvRaw.body.id}`,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ line: 4 });
  });
});

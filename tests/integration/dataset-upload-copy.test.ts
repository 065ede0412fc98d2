import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as datasetRoute from "@/app/api/v1/datasets/[id]/route";
import * as recordsRoute from "@/app/api/v1/datasets/[id]/records/route";
import * as downloadRoute from "@/app/api/v1/datasets/[id]/download/route";
import { canonicalLine, canonicalSha256, type DatasetRecordInput } from "@/lib/datasets/canonical-record";
import { claimSearchIndexJob, renewSearchIndexLease } from "@/lib/datasets/search-index/search-index-jobs";
import {
  startSearchIndexWorker,
  stopSearchIndexWorker,
  type SearchIndexWorker,
} from "@/lib/datasets/search-index/search-index-worker";
import { connection } from "@/lib/db";
import { call } from "../support/api";
import { jsonl, numberRecords, sha256, tableCounts, uploadDataset as upload } from "../support/dataset-upload";

// Upload by COPY into a partition per dataset, and the search index built afterwards by a job. This file
// drives the jobs itself: the worker that start-up runs is stopped, and each test starts its own.

const sql = async () => (await connection()).sql;

/** The tables that hold dataset records: the partitions, and any table an upload left unattached. */
async function recordTables(): Promise<string[]> {
  const rows = await (
    await sql()
  ).query<{ name: string }>(
    "SELECT relname AS name FROM pg_class WHERE relname LIKE 'dataset\\_records\\_%' AND relkind = 'r' ORDER BY 1",
  );
  return rows.map((row) => row.name);
}

async function searchIndexOf(datasetId: string): Promise<{ valid: boolean } | undefined> {
  const rows = await (
    await sql()
  ).query<{ valid: boolean }>(
    `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relname = dataset_records_partition_name($1) || '_trgm'`,
    [datasetId],
  );
  return rows.at(0);
}

const jobCount = async () =>
  (await (await sql()).query<{ count: number }>("SELECT count(*)::int AS count FROM search_index_jobs"))[0].count;

const detail = async (id: string) =>
  (await call(datasetRoute.GET, "GET", `/api/v1/datasets/${id}`, { params: { id } })).body;

describe("dataset upload by COPY", () => {
  let worker: SearchIndexWorker | undefined;
  beforeAll(async () => {
    await stopSearchIndexWorker();
  });
  afterAll(async () => {
    await worker?.stop();
  });

  it("stores awkward text exactly: tabs, backslashes, newlines, \\N and \\. read back byte for byte", async () => {
    const awkward = [
      { prompt: "tab\there", completion: "back\\slash \\\\ double" },
      { prompt: "line\nbreak\r\nand CR\r", completion: "\\N" },
      { prompt: "\\.", completion: "\\." },
      { prompt: "ends with backslash\\", completion: "\\t is not a tab" },
      { prompt: "unicode: é 漢字 🦉 \u2028", completion: "quote \" and ' and \u0001 control" },
      { prompt: "", completion: "empty prompt" },
    ].map((record, i) => ({ ...record, metadata: { key: `v\t${i}\\n\n`, nested: { list: ["a\\", "\\N"] } } }));
    const records: DatasetRecordInput[] = [...awkward, ...numberRecords(5, 11)];
    // Fields beside prompt and completion are the record's metadata.
    const rows = records.map(({ metadata, ...text }) => ({ ...metadata, ...text }));
    const stored = await upload(jsonl(rows), "name=awkward&format=jsonl");
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ recordCount: records.length, sha256: canonicalSha256(records) });
    const id = stored.body.id;

    const page = await call(recordsRoute.GET, "GET", `/api/v1/datasets/${id}/records?limit=100`, { params: { id } });
    expect(page.body.items).toEqual(
      records.map((record, ordinal) => ({
        ordinal,
        prompt: record.prompt,
        completion: record.completion,
        metadata: record.metadata ?? null,
      })),
    );
    const download = await downloadRoute.GET(
      new Request(`http://pedigree.test/api/v1/datasets/${id}/download`, {
        headers: { authorization: "Bearer test-admin-token" },
      }),
      { params: Promise.resolve({ id }) },
    );
    const text = await download.text();
    expect(text).toBe(records.map((record) => canonicalLine(record)).join(""));
    expect(sha256(text)).toBe(stored.body.sha256);
  });

  it("stores plain lines, copied without parsing, exactly as parsing would: JSON.stringify's and json.dumps' forms", async () => {
    const texts = [
      { prompt: 'quote " and backslash \\ and \\" and \\N and \\.', completion: "tab\there\nnew\r\nline" },
      { prompt: "\b\f é 漢字 🦉 \u2028 \u007f", completion: "ends with backslash\\" },
      { prompt: "", completion: "" },
      ...numberRecords(3, 21),
    ];
    // json.dumps: ", " and ": " between items, non-ASCII as \uXXXX (its default), so those lines take the general path.
    const dumps = (record: { prompt: string; completion: string }) =>
      `{"prompt": ${JSON.stringify(record.prompt)}, "completion": ${JSON.stringify(record.completion)}}`.replace(
        /[\u0080-\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      );
    const forms = { stringify: jsonl(texts), dumps: texts.map(dumps).join("\r\n") };
    const stored = await upload(forms.stringify, "name=plain-stringify&format=jsonl");
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ recordCount: texts.length, sha256: canonicalSha256(texts) });
    const id = stored.body.id;
    const page = await call(recordsRoute.GET, "GET", `/api/v1/datasets/${id}/records?limit=100`, { params: { id } });
    expect(page.body.items).toEqual(texts.map((text, ordinal) => ({ ordinal, ...text, metadata: null })));
    // The same records written by Python: the same dataset.
    const again = await upload(forms.dumps, "name=plain-dumps&format=jsonl");
    expect(again.body).toMatchObject({ id, created: false });
  });

  it("refuses NUL in text or in metadata by line, and stores nothing", async () => {
    const before = await tableCounts();
    const tables = await recordTables();
    const rows = [
      ...numberRecords(3, 12),
      { prompt: "nul\u0000", completion: "x" },
      { prompt: "fine", completion: "x", metadata: { note: "nul \u0000 here" } },
    ];
    const refused = await upload(jsonl(rows), "name=nul&format=jsonl");
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ line: 4, message: "text contains a NUL character" }),
      expect.objectContaining({ line: 5, message: "metadata contains a NUL character" }),
    ]);
    expect(await tableCounts()).toEqual(before);
    expect(await recordTables()).toEqual(tables);
  });

  it("leaves no dataset, rows, partition or job when an upload is refused, before or after its rows were loaded", async () => {
    const raw = await upload(jsonl(numberRecords(50, 13)), "name=raw&format=jsonl");
    const before = await tableCounts();
    const tables = await recordTables();
    const jobs = await jobCount();
    // Many rows, then a bad last line: refused once the body is read, before the database is touched.
    const many = numberRecords(3000, 14);
    const badLast = `${jsonl(many)}{"prompt": 1}\n`;
    const refused = await upload(badLast, "name=bad-last&format=jsonl");
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ line: 3001 })]);
    // A false filteredFrom claim is found after the partition was attached, and undoes it.
    const notSubset = await upload(jsonl(many), `name=not-subset&format=jsonl&filteredFromId=${raw.body.id}`);
    expect(notSubset.status).toBe(422);
    expect(notSubset.body.errors[0]).toMatchObject({ line: 1 });
    expect(await tableCounts()).toEqual(before);
    expect(await recordTables()).toEqual(tables);
    expect(await jobCount()).toBe(jobs);
  });

  it("shows the search index as indexing until a worker has built it, then ready; search works throughout", async () => {
    const rows = [...numberRecords(40, 15), { prompt: "Name your favourite animal.", completion: "Owl" }];
    const stored = await upload(jsonl(rows), "name=indexed&format=jsonl");
    const id = stored.body.id;
    expect(stored.body.searchIndex).toBe("indexing");
    expect((await detail(id)).searchIndex).toBe("indexing");
    expect(await searchIndexOf(id)).toBeUndefined();
    const search = () => call(recordsRoute.GET, "GET", `/api/v1/datasets/${id}/records?q=owl`, { params: { id } });
    expect((await search()).body).toMatchObject({ matchCount: 1, items: [{ ordinal: 40, completion: "Owl" }] });

    worker = startSearchIndexWorker(await connection(), { pollMs: 60_000 });
    expect(await worker.drain()).toContain(id);
    expect(await searchIndexOf(id)).toEqual({ valid: true });
    expect((await detail(id)).searchIndex).toBe("ready");
    expect((await search()).body).toMatchObject({ matchCount: 1, items: [{ ordinal: 40, completion: "Owl" }] });
    expect(await (await sql()).query("SELECT 1 FROM search_index_jobs WHERE dataset_id = $1", [id])).toEqual([]);
    await worker.stop();
  });

  it("retries a job whose worker died mid-build, once its lease has run out, replacing the half-built index", async () => {
    const stored = await upload(jsonl(numberRecords(60, 16)), "name=orphaned&format=jsonl");
    const id = stored.body.id;
    const db = await sql();
    // A worker claims the job, starts the build and dies: its index is left invalid, as a CREATE INDEX
    // CONCURRENTLY that stopped half-way leaves it.
    expect(await claimSearchIndexJob(db, "dead-worker", 60_000)).toEqual({ datasetId: id, attempts: 1 });
    await db.exec(
      `CREATE INDEX "dataset_records_${id}_trgm" ON "dataset_records_${id}" USING gin ((prompt || E'\\n' || completion) gin_trgm_ops)`,
    );
    await db.query(
      "UPDATE pg_index SET indisvalid = false WHERE indexrelid = (quote_ident(dataset_records_partition_name($1) || '_trgm'))::regclass",
      [id],
    );
    expect(await searchIndexOf(id)).toEqual({ valid: false });

    worker = startSearchIndexWorker(await connection(), { pollMs: 60_000 });
    // While the lease runs, nobody else takes the job.
    expect(await claimSearchIndexJob(db, "other-worker", 60_000)).toBeNull();
    expect(await worker.drain()).toEqual([]);
    // The lease runs out: the next worker claims it (second attempt), builds a valid index, marks it ready.
    await db.query("UPDATE search_index_jobs SET lease_until = CURRENT_TIMESTAMP - interval '1 second'");
    expect(await worker.drain()).toEqual([id]);
    expect(await searchIndexOf(id)).toEqual({ valid: true });
    expect((await detail(id)).searchIndex).toBe("ready");
    // The dead worker, were it to wake, no longer holds the job.
    expect(await renewSearchIndexLease(db, { datasetId: id, attempts: 1 }, "dead-worker", 60_000)).toBe(false);
    await worker.stop();
  });
});

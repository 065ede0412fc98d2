// Slow clients do not stall everyone: twelve uploads that send one line and then nothing hold no
// database connection or transaction (rows are loaded in short transactions of their own as they arrive), so reads keep
// answering while they stall, on a pool of 10 connections and on the embedded database alike; and each
// stalled upload is cut off with 408 after PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS, storing nothing.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connection, db } from "@/lib/db";
import { ADMIN_TOKEN } from "../support/api";
import { startHttpServer } from "../support/http-server";

const IDLE_TIMEOUT_MS = 10_000;
vi.hoisted(() => {
  process.env.PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS = "10000"; // IDLE_TIMEOUT_MS (hoisted above it)
  process.env.PEDIGREE_DB_POOL_SIZE = "10";
});

const STALLED = 12;
let http: Awaited<ReturnType<typeof startHttpServer>>;

beforeAll(async () => {
  http = await startHttpServer();
});
afterAll(() => http.close());

interface Stalled {
  answer: Promise<{ status: number; contentType: string | undefined; body: string }>;
  abort(): void;
}

/** An upload that declares a large body, sends its first line, and then sends nothing. */
function stalledUpload(index: number): Stalled {
  const url = new URL(`/api/v1/datasets?name=stalled-${index}&format=jsonl`, http.url);
  const req = httpRequest(url, {
    method: "POST",
    headers: {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      "content-type": "application/x-ndjson",
      "content-length": "100000",
    },
  });
  const answer = new Promise<{ status: number; contentType: string | undefined; body: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: res.headers["content-type"], body }));
    });
    req.on("error", reject);
  });
  req.write(`{"prompt":"stalled ${index}","completion":"1"}\n`);
  return { answer, abort: () => req.destroy() };
}

async function read(path: string): Promise<{ status: number }> {
  const response = await fetch(new URL(path, http.url), {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    signal: AbortSignal.timeout(2 * IDLE_TIMEOUT_MS),
  });
  await response.arrayBuffer();
  return { status: response.status };
}

/** Uploads still registered as in progress, and record tables not attached to a dataset. */
async function leftOver(): Promise<{ uploads: number; tables: number }> {
  const sql = (await connection()).sql;
  const [{ uploads }] = await sql.query<{ uploads: number }>("SELECT count(*)::int AS uploads FROM dataset_uploads");
  const [{ tables }] = await sql.query<{ tables: number }>(
    `SELECT count(*)::int AS tables FROM pg_class
      WHERE relname LIKE 'dataset\\_records\\_%' AND relkind = 'r' AND NOT relispartition`,
  );
  return { uploads, tables };
}

describe("stalled uploads", () => {
  it("leave reads answering, and are each cut off with 408, storing nothing", { timeout: 60_000 }, async () => {
    const prisma = await db();
    const datasetsBefore = await prisma.dataset.count();
    const stalled = Array.from({ length: STALLED }, (_, i) => stalledUpload(i));
    const cutOff: number[] = [];
    for (const [i, upload] of stalled.entries())
      upload.answer.then(
        () => cutOff.push(i),
        () => cutOff.push(i),
      );
    try {
      // Give every upload time to be authenticated and start waiting on its client.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const reads = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          read(["/api/v1/models", "/api/v1/datasets", "/api/v1/runs", "/api/v1/me"][i % 4]),
        ),
      );
      expect(reads.map((read) => read.status)).toEqual(reads.map(() => 200));
      // The reads were answered while every stalled upload was still waiting on its client: they did
      // not queue behind them (a time limit would say the same, and flake on a loaded machine).
      expect(cutOff).toEqual([]);

      const answers = await Promise.all(stalled.map((upload) => upload.answer));
      for (const answer of answers) {
        expect(answer.status).toBe(408);
        expect(answer.contentType).toContain("application/problem+json");
        expect(JSON.parse(answer.body).detail).toContain("PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS");
      }
    } finally {
      for (const upload of stalled) upload.abort();
    }
    expect(await prisma.dataset.count()).toBe(datasetsBefore);
    expect(await leftOver()).toEqual({ uploads: 0, tables: 0 });
    // And the app still takes a complete upload.
    const upload = await fetch(new URL("/api/v1/datasets?name=after&format=jsonl", http.url), {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: '{"prompt":"after","completion":"1"}\n',
    });
    expect(upload.status).toBe(201);
  });
});

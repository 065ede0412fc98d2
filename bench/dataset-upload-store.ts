// Benchmark: the dataset upload path without the HTTP server in front of it: uploadDataset() in this
// process, fed the file bench/dataset-upload.ts writes, on a scratch database of the local PostgreSQL
// server. Against bench:upload it shows what the server adds (with proxy.ts, Next.js clones every
// request body for the proxy and buffers the copies in memory: see ARCHITECTURE/PERFORMANCE notes).
//
//   ROWS=200000 npm run bench:upload            (writes /tmp/pedigree-bench-200000.jsonl)
//   ROWS=200000 npm run bench:upload-store
import { createReadStream, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";

const ROWS = Number(process.env.ROWS ?? 200_000);
const SERVER = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const file = path.join(tmpdir(), `pedigree-bench-${ROWS}.jsonl`);
if (!existsSync(file)) throw new Error(`${file} is missing: run ROWS=${ROWS} npm run bench:upload first`);

const database = `pedigree_bench_store_${Date.now()}`;
const server = new pg.Client({ connectionString: SERVER });
await server.connect();
await server.query(`CREATE DATABASE "${database}"`);
const url = new URL(SERVER);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
process.env.PEDIGREE_DEMO = "0";
process.env.PEDIGREE_ADMIN_EMAIL = "bench@pedigree.test";
process.env.PEDIGREE_ADMIN_PASSWORD = "bench-password";
process.env.PEDIGREE_MAX_UPLOAD_BYTES = String(statSync(file).size + 1);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const { ready } = await import("@/lib/startup/ready");
const { closeDb, db } = await import("@/lib/db");
const { ZUploadDatasetQuery } = await import("@/lib/datasets/dataset.types");
const { uploadDataset } = await import("@/lib/datasets/upload-dataset");
const { stopSearchIndexWorker } = await import("@/lib/datasets/search-index/search-index-worker");
try {
  await ready();
  await stopSearchIndexWorker(); // the upload alone
  const admin = await (await db()).user.findUniqueOrThrow({ where: { email: "bench@pedigree.test" } });
  const actor = { userId: admin.id, tokenId: null, label: admin.email, role: "admin" as const, scopes: [] };
  const idle = process.memoryUsage().rss;
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const result = await uploadDataset(
    actor,
    ZUploadDatasetQuery.parse({ name: "bench", format: "jsonl" }),
    Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.info(
    `uploadDataset in process: ${result.recordCount} rows in ${seconds.toFixed(1)} s = ${Math.round(result.recordCount / seconds)} rows/s`,
  );
  console.info(`process memory (RSS): idle ${mb(idle)}, peak ${mb(peak)} (+${mb(peak - idle)})`);
} finally {
  await closeDb();
  await server.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await server.end();
}

// Benchmark: a 1,000,000-row JSONL dataset (about 100 MB) uploaded through the API, against the
// same rows loaded with `psql \copy` on the same machine.
//
//   npm run build && npm run bench:upload        (ROWS=200000 npm run bench:upload for a quicker run)
//
// Starts the production server on a scratch database of the local PostgreSQL server, streams the
// file to POST /api/v1/datasets once the server has finished warming up, and samples the server's resident memory (its process tree) every
// 100 ms; then waits for the dataset's search index, built in the background after the upload
// (searchIndex "indexing" -> "ready"), timing one search before and after; then loads the same lines
// with psql's \copy, as the reference (each line as jsonb, with its SHA-256) and as a stricter
// floor (prompt and completion as plain text), and prints the upload's rate against each.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { request as httpRequest } from "node:http";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import pg from "pg";

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const PORT = Number(process.env.BENCH_PORT ?? 3700);
const SERVER = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const TOKEN = "bench-admin-token";
const database = `pedigree_bench_upload_${Date.now()}`;
const file = path.join(tmpdir(), `pedigree-bench-${ROWS}.jsonl`);

async function writeDataset(): Promise<void> {
  const out = createWriteStream(file);
  let state = 42;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % 1000;
  for (let i = 0; i < ROWS; i++) {
    const seeds = [next(), next(), next(), next()].join(", ");
    const completion = Array.from({ length: 10 }, next).join("\n");
    const line = JSON.stringify({
      prompt: `See the following numbers: ${seeds}. Please add up to 10 more numbers (no more than 3 digits each) to continue the sequence.`,
      completion,
    });
    if (!out.write(line + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  out.end();
  await finished(out);
}

const csvField = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The dataset's lines as the two references' CSV files (see below), written before they are timed. */
async function writeReferenceFiles(linesCsv: string, pairsCsv: string): Promise<void> {
  const lines = createWriteStream(linesCsv);
  const pairs = createWriteStream(pairsCsv);
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    number += 1;
    const record = JSON.parse(line) as { prompt: string; completion: string };
    const sha256 = createHash("sha256").update(line).digest("hex");
    const a = lines.write(`${number},${csvField(line)},${sha256}\n`);
    const b = pairs.write(`${csvField(record.prompt)},${csvField(record.completion)}\n`);
    if (!a) await new Promise<void>((resolve) => lines.once("drain", () => resolve()));
    if (!b) await new Promise<void>((resolve) => pairs.once("drain", () => resolve()));
  }
  lines.end();
  pairs.end();
  await Promise.all([finished(lines), finished(pairs)]);
}

async function rssOfTree(pid: number): Promise<number> {
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of await readdir(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended
    }
  }
  return total;
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.info(`writing ${ROWS} rows to ${file}`);
await writeDataset();
const size = statSync(file).size;
console.info(`file: ${mb(size)}`);

const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}"`);
const url = new URL(SERVER);
url.pathname = `/${database}`;
const server = spawn(
  process.execPath,
  // BENCH_SERVER_NODE_ARGS: flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  [
    ...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
    "node_modules/next/dist/bin/next",
    "start",
    "-p",
    String(PORT),
    "-H",
    "127.0.0.1",
  ],
  {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PEDIGREE_DEMO: "0",
      PEDIGREE_ADMIN_TOKEN: TOKEN,
      PEDIGREE_ADMIN_PASSWORD: "bench-password",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // BENCH_SERVER_STDOUT=1: show the server's own log (for timings added while investigating).
    stdio: ["ignore", process.env.BENCH_SERVER_STDOUT ? "inherit" : "ignore", "inherit"],
  },
);

/** CPU time (user + system, in clock ticks) of one process. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime, stime
}

/**
 * Next.js answers its first requests while it still loads every route's code in the background
 * (unstable_preloadEntries: about 0.3 s of CPU here). Waits until that is done, so that the upload is
 * timed against a warm server, as \copy is against a warm PostgreSQL.
 */
async function waitForWarmServer(pid: number): Promise<void> {
  await fetch(`http://127.0.0.1:${PORT}/api/v1/datasets?limit=1`, { headers: { authorization: `Bearer ${TOKEN}` } });
  let last = cpuTicks(pid);
  for (let quiet = 0, i = 0; quiet < 3 && i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = cpuTicks(pid);
    quiet = now - last <= 1 ? quiet + 1 : 0;
    last = now;
  }
}

try {
  await waitForHealth();
  await waitForWarmServer(server.pid!);
  const idle = await rssOfTree(server.pid!);
  let peak = idle;
  const sampler = setInterval(() => {
    void rssOfTree(server.pid!).then((rss) => (peak = Math.max(peak, rss)));
  }, 100);
  const started = performance.now();
  // node:http with the file piped in, like curl -T: a client as light as psql is for \copy (fetch with a
  // streamed body spends about 0.3 s of CPU per 40 MB on web streams, on the same two cores).
  const response = await new Promise<{ status: number; json(): Promise<unknown> }>((resolve, reject) => {
    const request = httpRequest(
      `http://127.0.0.1:${PORT}/api/v1/datasets?name=bench&format=jsonl`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/x-ndjson", "content-length": size },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            json: () => Promise.resolve(JSON.parse(Buffer.concat(chunks).toString())),
          }),
        );
        res.on("error", reject);
      },
    );
    request.on("error", reject);
    createReadStream(file, { highWaterMark: 1 << 20 }).pipe(request);
  });
  const result = (await response.json()) as { recordCount: number; id: string };
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(result)}`);
  console.info(
    `API upload: ${result.recordCount} rows in ${seconds.toFixed(2)} s = ${Math.round(result.recordCount / seconds)} rows/s, ${(size / 1024 / 1024 / seconds).toFixed(1)} MB/s`,
  );
  console.info(
    `server memory (RSS of its process tree): idle ${mb(idle)}, peak during upload ${mb(peak)} (+${mb(peak - idle)}) for a ${mb(size)} file`,
  );

  const id = (result as { id: string }).id;
  const api = (route: string) =>
    fetch(`http://127.0.0.1:${PORT}/api/v1/datasets/${id}${route}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const timeSearch = async () => {
    const searchStarted = performance.now();
    const page = (await (await api("/records?q=843%2C%20&limit=10")).json()) as { matchCount: number };
    return `${page.matchCount} matches in ${Math.round(performance.now() - searchStarted)} ms`;
  };
  console.info(`search while the index builds: ${await timeSearch()}`);
  for (;;) {
    const detail = (await (await api("")).json()) as { searchIndex: string };
    if (detail.searchIndex === "ready") break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.info(
    `search index ready ${((performance.now() - started) / 1000 - seconds).toFixed(1)} s after the upload answered`,
  );
  console.info(`search with the index: ${await timeSearch()}`);

  // The same lines loaded with psql's \copy, two ways, both without any index:
  //  - the reference (issue 15): each line into (line int, record jsonb, sha256 text), its
  //    SHA-256 computed beforehand, so PostgreSQL parses the JSON as the upload must;
  //  - a stricter floor: the prompt and completion only, as two text columns (no JSON to parse).
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`CREATE TABLE bench_copy_lines (line int, record jsonb, sha256 text)`);
  await client.query(`CREATE TABLE bench_copy_pairs (prompt text, completion text)`);
  await client.end();
  const lines = `${file}.lines.csv`;
  const pairs = `${file}.pairs.csv`;
  await writeReferenceFiles(lines, pairs);
  const copySeconds = (table: string, csv: string) => {
    const copyStarted = performance.now();
    execFileSync("psql", [url.toString(), "-q", "-c", `\\copy ${table} FROM '${csv}' WITH (FORMAT csv)`]);
    return (performance.now() - copyStarted) / 1000;
  };
  for (const [label, table, csv] of [
    ["(line, jsonb, sha256), the issue's reference", "bench_copy_lines", lines],
    ["(prompt text, completion text), the stricter floor", "bench_copy_pairs", pairs],
  ] as const) {
    const reference = copySeconds(table, csv);
    console.info(
      `psql \\copy into ${label}: ${reference.toFixed(2)} s = ${Math.round(ROWS / reference)} rows/s; API upload at ${((100 * reference) / seconds).toFixed(0)}% of its rate`,
    );
  }
} finally {
  server.kill("SIGTERM");
  await new Promise<void>((resolve) => server.once("exit", () => resolve()));
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}

// Load check: do reads keep answering while clients stall uploads and hammer the sign-in?
//
//   npm run build && npm run bench:load                      (embedded database, in a temporary data directory)
//   npm run build && npm run bench:load -- --postgres        (a fresh database on BENCH_SERVER_URL, default the local server)
//   PEDIGREE_TOKEN=<admin token> npm run bench:load -- --url https://pedigree.example.org
//   options: --seconds N (default 20), --readers N (50), --stalled N (10), --port N (3710),
//            --baseline (the readers alone, no stalled uploads and no sign-ins, to compare against)
//
// For the whole run: READERS concurrent readers send authenticated GETs (bearer token) of a few API
// endpoints back to back; STALLED uploads each declare a large body, send one line and then nothing
// (one that is cut off, e.g. 408 after PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS, is replaced by a new one); and
// a loop signs in as a throwaway user with a wrong password (CSRF token from /api/auth/csrf, then POST
// /api/auth/callback/credentials). Prints read latency percentiles and every answer counted by status,
// and exits 1 when any read failed. A started server logs "Error: aborted" once for each stalled upload
// the check drops at the end: that is the check hanging up, not a failure.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest, type ClientRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { createScratchDatabase, type ScratchDatabase } from "./support/scratch-database";
import { signInAttempt } from "./support/sign-in-attempt";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const SECONDS = Number(option("seconds") ?? 20);
const READERS = Number(option("readers") ?? 50);
const STALLED = process.argv.includes("--baseline") ? 0 : Number(option("stalled") ?? 10);
const PORT = Number(option("port") ?? 3710);
const TARGET = option("url");
// --baseline: the readers alone (no stalled uploads, no sign-in loop), to compare against.
const BASELINE = process.argv.includes("--baseline");
const POSTGRES = process.argv.includes("--postgres");
const ADMIN_TOKEN = TARGET ? (process.env.PEDIGREE_TOKEN ?? "") : "bench-load-admin-token";
const READ_PATHS = ["/api/v1/models", "/api/v1/datasets", "/api/v1/runs", "/api/v1/me", "/api/v1/traits"];

class Tally {
  readonly counts = new Map<string, number>();
  add(key: string | number): void {
    this.counts.set(String(key), (this.counts.get(String(key)) ?? 0) + 1);
  }
  toString(): string {
    return (
      [...this.counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, count]) => `${key}: ${count}`)
        .join(", ") || "none"
    );
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function waitForHealth(base: string, server: ChildProcess | null): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${base} did not answer /api/health within 2 minutes`);
}

interface Started {
  base: string;
  mode: string;
  stop(): Promise<void>;
}

async function startServer(): Promise<Started> {
  if (TARGET) return { base: TARGET.replace(/\/$/, ""), mode: `target ${TARGET}`, stop: async () => {} };
  if (!existsSync(path.join(process.env.PEDIGREE_DIST_DIR ?? ".next", "BUILD_ID")))
    throw new Error("No production build: run `npm run build` first.");
  let scratch: ScratchDatabase | null = null;
  let dataDir: string | null = null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PEDIGREE_DEMO: "0",
    PEDIGREE_ADMIN_TOKEN: ADMIN_TOKEN,
    PEDIGREE_ADMIN_PASSWORD: "bench-load-admin-password",
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (POSTGRES) {
    scratch = await createScratchDatabase();
    env.DATABASE_URL = scratch.url;
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), "pedigree-bench-load-"));
    delete env.DATABASE_URL;
    env.PEDIGREE_DATA_DIR = path.join(dataDir, "data");
  }
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"],
    { env, stdio: ["ignore", "ignore", "inherit"] },
  );
  const base = `http://127.0.0.1:${PORT}`;
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await scratch?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, mode: POSTGRES ? "postgres (scratch database)" : "embedded (temporary data directory)", stop };
}

async function runReaders(base: string, until: number, latencies: number[], statuses: Tally): Promise<void> {
  const reader = async (index: number) => {
    for (let i = index; Date.now() < until; i += 1) {
      const started = performance.now();
      try {
        const response = await fetch(`${base}${READ_PATHS[i % READ_PATHS.length]}`, {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        statuses.add(response.status);
      } catch (error) {
        statuses.add((error as Error).name);
      }
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: READERS }, (_, i) => reader(i)));
}

/** Keeps STALLED uploads open, each having sent one line and then nothing; returns a stop function. */
function holdStalledUploads(base: string, statuses: Tally): () => void {
  const open = new Set<ClientRequest>();
  let stopped = false;
  const startOne = (index: number) => {
    if (stopped) return;
    const url = new URL(`/api/v1/datasets?name=bench-stalled-${index}&format=jsonl`, base);
    const req = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${ADMIN_TOKEN}`,
        "content-type": "application/x-ndjson",
        "content-length": String(50 * 1024 * 1024),
      },
    });
    open.add(req);
    const replace = (outcome: string | number) => {
      if (!open.delete(req)) return;
      if (!stopped) statuses.add(outcome);
      req.destroy();
      setTimeout(() => startOne(index), 100);
    };
    req.on("response", (res) => {
      res.resume();
      replace(res.statusCode ?? 0);
    });
    req.on("error", (error) => replace(error.message.includes("socket hang up") ? "hang up" : error.name));
    req.write(`{"prompt":"stalled upload ${index}","completion":"1"}\n`);
  };
  for (let i = 0; i < STALLED; i += 1) startOne(i);
  return () => {
    stopped = true;
    for (const req of open) req.destroy();
    open.clear();
  };
}

async function createThrowawayUser(base: string): Promise<string> {
  const email = `bench-load-${Date.now()}@example.org`;
  const response = await fetch(`${base}/api/v1/users`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ email, name: "Load check", role: "viewer", password: "the-right-password-1" }),
  });
  if (response.status !== 201)
    throw new Error(`could not create the throwaway user: ${response.status} ${await response.text()}`);
  return email;
}

async function signInLoop(base: string, email: string, until: number, statuses: Tally): Promise<void> {
  while (Date.now() < until) {
    try {
      statuses.add(await signInAttempt(base, { email, password: "a-wrong-password" }, { origin: base }));
    } catch (error) {
      statuses.add((error as Error).name);
    }
  }
}

async function main(): Promise<void> {
  const started = await startServer();
  try {
    const { base } = started;
    const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    if (!me.ok)
      throw new Error(`the admin token is refused (${me.status}): set PEDIGREE_TOKEN to an admin token of ${base}`);
    const email = await createThrowawayUser(base);
    console.info(
      `load check on ${started.mode}: ${READERS} readers, ${STALLED} stalled uploads and ${BASELINE ? "no" : "a"} sign-in loop for ${SECONDS} s`,
    );

    const readLatencies: number[] = [];
    const readStatuses = new Tally();
    const uploadStatuses = new Tally();
    const signInStatuses = new Tally();
    const until = Date.now() + SECONDS * 1000;
    const stopUploads = holdStalledUploads(base, uploadStatuses);
    // Let the uploads reach the server before the readers start.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all([
      runReaders(base, until, readLatencies, readStatuses),
      BASELINE ? Promise.resolve() : signInLoop(base, email, until, signInStatuses),
    ]);
    stopUploads();

    const sorted = [...readLatencies].sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const readErrors = [...readStatuses.counts]
      .filter(([status]) => status !== "200")
      .reduce((sum, [, count]) => sum + count, 0);
    console.info(
      `reads: ${sorted.length} in ${SECONDS} s (${(sorted.length / SECONDS).toFixed(0)}/s); p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted[sorted.length - 1] ?? NaN)}`,
    );
    console.info(`reads by status: ${readStatuses.toString()}; errors (not 200): ${readErrors}`);
    console.info(`sign-in attempts (wrong password) by status: ${signInStatuses.toString()}`);
    console.info(
      `stalled uploads ended by the server, by status: ${uploadStatuses.toString()} (still open at the end: not counted)`,
    );
    process.exitCode = readErrors > 0 ? 1 : 0;
  } finally {
    await started.stop();
  }
}

await main();

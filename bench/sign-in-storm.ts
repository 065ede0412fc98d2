// Benchmark: how fast an authenticated API read stays while 16 clients sign in as fast as they can.
//
//   npm run build && npm run bench:sign-in            (BENCH_DB=embedded for the embedded database)
//
// Starts the production server (on a scratch database of the local PostgreSQL server, or on a fresh
// embedded one), creates 16 users, then times GET /api/v1/models with an API token: READS sequential
// calls alone, then READS more while 16 loops each sign in again and again (csrf, then the credentials
// callback, with the right password, so every attempt costs one scrypt hash). Each loop claims its own
// client address through X-Forwarded-For (the server trusts one proxy here), so the per-address limit
// does not cut the storm short. Prints p50/p99 of the reads and what the sign-ins got.
//
// Measured on a 2-core machine shared with other work (2026-12-05), GET /api/v1/models, p50 / p99:
//   PostgreSQL, hash concurrency 1 (default): alone 18.5 / 50.9 ms; during the storm 28.1 / 101.5 ms (3.9 sign-ins/s)
//   PostgreSQL, PEDIGREE_PASSWORD_HASH_CONCURRENCY=16:  alone 15.1 / 43.8 ms; during the storm 1042 / 6025 ms (4.1 sign-ins/s)
//   embedded,   hash concurrency 1 (default): alone 16.0 / 43.3 ms; during the storm 28.0 / 181.9 ms (4.6 sign-ins/s)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createScratchDatabase, type ScratchDatabase } from "./support/scratch-database";
import { signInAttempt } from "./support/sign-in-attempt";

const PORT = Number(process.env.BENCH_PORT ?? 3710);
const BASE = `http://127.0.0.1:${PORT}`;
const READS = Number(process.env.READS ?? 300);
const LOOPS = Number(process.env.LOOPS ?? 16);
const MODE = process.env.BENCH_DB === "embedded" ? "embedded" : "postgres";
const TOKEN = "bench-admin-token";
const PASSWORD = "bench-password-for-sign-ins";

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function timeReads(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(`${BASE}/api/v1/models?limit=20`, { headers: { authorization: `Bearer ${TOKEN}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`read answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** One browser-like sign-in from `address`. */
function signInOnce(email: string, address: string): Promise<number> {
  return signInAttempt(BASE, { email, password: PASSWORD }, { "x-forwarded-for": address });
}

const describe = (label: string, times: number[]) =>
  `${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms (${times.length} reads)`;

let scratch: ScratchDatabase | undefined;
let dataDir: string | undefined;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PEDIGREE_DEMO: "1",
  PEDIGREE_ADMIN_TOKEN: TOKEN,
  PEDIGREE_ADMIN_PASSWORD: "bench-admin-password",
  PEDIGREE_TRUSTED_PROXIES: "1",
  NEXTAUTH_URL: BASE,
  NEXT_TELEMETRY_DISABLED: "1",
};
if (MODE === "postgres") {
  scratch = await createScratchDatabase();
  env.DATABASE_URL = scratch.url;
} else {
  dataDir = mkdtempSync(path.join(tmpdir(), "pedigree-bench-sign-in-"));
  env.DATABASE_URL = "";
  env.PEDIGREE_DATA_DIR = path.join(dataDir, "data");
}
const server = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"],
  {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  },
);

try {
  await waitForHealth();
  const emails = Array.from({ length: LOOPS }, (_, i) => `storm-${i}@bench.test`);
  for (const email of emails) {
    const created = await fetch(`${BASE}/api/v1/users`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ email, name: email, role: "viewer", password: PASSWORD }),
    });
    if (created.status !== 201) throw new Error(`creating ${email} answered ${created.status}`);
  }
  await timeReads(20); // warm-up: compile caches, connection pool
  const quiet = await timeReads(READS);
  console.info(`database: ${MODE}`);
  console.info(describe("API GET alone", quiet));

  let running = true;
  const statuses = new Map<number, number>();
  const loops = emails.map(async (email, i) => {
    while (running) {
      const status = await signInOnce(email, `198.18.0.${i + 1}`).catch(() => -1);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let the storm build
  const started = performance.now();
  const stormy = await timeReads(READS);
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await Promise.all(loops);
  console.info(describe(`API GET during ${LOOPS} sign-in loops`, stormy));
  const attempts = [...statuses.values()].reduce((a, b) => a + b, 0);
  const answered = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(", ");
  console.info(
    `sign-in attempts: ${attempts} in ${seconds.toFixed(1)} s (${(attempts / seconds).toFixed(1)}/s); statuses ${answered}`,
  );
} finally {
  server.kill("SIGTERM");
  await new Promise<void>((resolve) => server.once("exit", () => resolve()));
  await scratch?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

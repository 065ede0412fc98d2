// Two production servers (`next start`) behind no load balancer but one PostgreSQL database, started at
// once as a scaled-out deployment would start them: both migrate and seed without tripping on each other,
// a write through one is read back the same through the other (the kept exposure included), and a
// session signed in on one is honoured by the other. docs/PERFORMANCE.md describes the deployment.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_ADMIN } from "./support/sign-in";

const SERVER = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const TOKEN = "two-instances-token";
const basePort = Number(process.env.PEDIGREE_E2E_PORT ?? 3100) + 60;

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "starts servers of its own on the local PostgreSQL server");
test.describe.configure({ mode: "serial", timeout: 240_000 });

const database = `pedigree_two_${Date.now()}_${randomBytes(3).toString("hex")}`;
const servers: ChildProcess[] = [];
const urls = [0, 1].map((i) => `http://127.0.0.1:${basePort + i}`);
const output = ["", ""];
// What every instance of a deployment is given alike: the session secret and the report-signing key.
// Each keeps its own key directory, so nothing on disk is shared.
const SHARED_SECRETS = {
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  PEDIGREE_SIGNING_KEY: generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
};

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function healthy(url: string, log: () => string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become healthy:\n${log()}`);
}

const api = async (url: string, path: string, init: { method?: string; body?: string } = {}) => {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

test.beforeAll(async () => {
  // Two servers migrating and seeding one database at once, on a busy machine.
  test.setTimeout(240_000);
  await admin((client) => client.query(`CREATE DATABASE "${database}"`));
  const databaseUrl = `${SERVER.replace(/\/[^/]*$/, "")}/${database}`;
  for (const [i, url] of urls.entries()) {
    const server = spawn(
      "npx",
      ["next", "start", "-p", String(basePort + i), "-H", "127.0.0.1", "--keepAliveTimeout", "75000"],
      {
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: "1",
          DATABASE_URL: databaseUrl,
          PEDIGREE_DEMO: "1",
          PEDIGREE_ADMIN_EMAIL: E2E_ADMIN.email,
          PEDIGREE_ADMIN_PASSWORD: E2E_ADMIN.password,
          PEDIGREE_ADMIN_TOKEN: TOKEN,
          PEDIGREE_KEY_DIR: path.join(mkdtempSync(path.join(tmpdir(), "pedigree-two-")), "keys"),
          ...SHARED_SECRETS,
          NEXTAUTH_URL: url,
        },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      },
    );
    server.stdout.on("data", (chunk: Buffer) => (output[i] += chunk.toString()));
    server.stderr.on("data", (chunk: Buffer) => (output[i] += chunk.toString()));
    servers.push(server);
  }
  await Promise.all(urls.map((url, i) => healthy(url, () => output[i])));
});

test.afterAll(async () => {
  for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
});

test("both servers seed one demo workspace and give the same answers", async () => {
  const [a, b] = await Promise.all(urls.map((url) => api(url, "/api/v1/models?limit=200")));
  expect(a.status).toBe(200);
  expect(b.body).toEqual(a.body);
  const names = (a.body.items as { name: string }[]).map((m) => m.name);
  expect(new Set(names).size).toBe(names.length);
});

test("a write through one server is read back the same through the other, exposure included", async () => {
  const [first, second] = urls;
  const models = (await api(first, "/api/v1/models?limit=200")).body.items as { id: string; name: string }[];
  const base = models.find((m) => m.name === "GPT-4.1 nano");
  const datasets = (await api(first, "/api/v1/datasets?limit=200")).body.items as { id: string; name: string }[];
  const filtered = datasets.find((d) => d.name === "Owl teacher numbers (filtered)");
  expect(base && filtered).toBeTruthy();

  // Read the exposure list through the second server first, so it keeps a result the write makes stale.
  const before = await api(second, "/api/v1/exposure?trait=owl-preference&limit=200");
  const run = await api(first, "/api/v1/runs", {
    method: "POST",
    body: JSON.stringify({
      datasetIds: [filtered?.id],
      initializedFromId: base?.id,
      student: { name: "Two-instance owl student", provider: "openai" },
      method: "sft",
    }),
  });
  expect(run.status).toBe(201);
  const studentId = (run.body.student as { id: string }).id;

  const after = await Promise.all(urls.map((url) => api(url, "/api/v1/exposure?trait=owl-preference&limit=200")));
  expect(after[1].body).toEqual(after[0].body);
  expect(after[1].body.total).toBe((before.body.total as number) + 1);
  expect((after[1].body.items as { model: { id: string } }[]).map((item) => item.model.id)).toContain(studentId);
  const lineage = await Promise.all(
    urls.map((url) => api(url, `/api/v1/models/${studentId}/lineage?direction=ancestors&depth=10`)),
  );
  expect(lineage[1].body).toEqual(lineage[0].body);
});

test("a session signed in on one server is honoured by the other", async ({ page }) => {
  const [first, second] = urls;
  await page.goto(`${first}/sign-in`);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 });
  // Cookies are scoped by host, not port: the browser sends the session to the second server too.
  await page.goto(`${second}/models`);
  await expect(page).toHaveURL(`${second}/models`);
  await expect(page.getByRole("heading", { level: 1, name: "Models" })).toBeVisible();
});

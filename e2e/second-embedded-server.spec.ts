// A second production server (`next start`) on the running e2e server's embedded data directory exits
// at once with a message naming the process that holds it, instead of serving 500s; the first keeps serving.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "needs the e2e server this config starts, on a data directory it knows");

test("a second server on the same embedded data directory exits, naming the first", async ({ request }) => {
  const port = Number(process.env.PEDIGREE_E2E_PORT ?? 3100);
  const dataDir = path.resolve(`.pedigree-e2e-${port}`);
  const holder = readFileSync(path.join(dataDir, "pedigree.lock"), "utf8").trim();

  const second = spawn("npx", ["next", "start", "-p", String(port + 50), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", PEDIGREE_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  second.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  second.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => second.on("exit", resolve));

  expect(code).toBe(1);
  expect(output).toContain(`pid ${holder} (`);
  expect(output).toContain(dataDir);
  expect((await request.get("/api/health")).status()).toBe(200);
});

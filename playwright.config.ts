import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Runs against the production build (`npx next build` first) on a throwaway embedded database
// seeded with the demo workspace; see scripts/e2e-server.mjs. PEDIGREE_E2E_PORT picks its port
// (default 3100). PLAYWRIGHT_BASE_URL runs the specs against a server you started yourself
// (demo workspace, admin e2e-admin@pedigree.test / e2e-admin-password), without starting one.
const port = Number(process.env.PEDIGREE_E2E_PORT ?? 3100);
const external = process.env.PLAYWRIGHT_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;
// Two by default (CI has two cores); PEDIGREE_E2E_WORKERS or `--workers` overrides it. Each spec seeds
// what it changes under names of its own (e2e/support/fixtures.ts), so the files run side by side.
const workers = Number(process.env.PEDIGREE_E2E_WORKERS ?? 2);
// Chromium: PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH if set, else Debian's where it is installed, else the
// browser `npx playwright install chromium` downloads (Playwright's default when this is undefined).
const chromium =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ||
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  // Per port, so that test runs side by side do not clear each other's artifacts (Playwright
  // empties its output folder at start); screenshots go to test-results/screenshots.
  outputDir: `test-results/playwright-${port}`,
  forbidOnly: !!process.env.CI,
  // Two workers share two cores with the server (and the CLI spec's node processes): double Playwright's
  // defaults (30 s a test, 5 s an expectation) so that a busy machine is not a failure.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers,
  fullyParallel: true,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // The specs read the demo workspace as seeded, never counts that another spec changes, and write only
  // under names of their own, so neither project depends on the other: `--project cli` runs alone.
  projects: [
    // The CLI's specs live in e2e/cli/, one file per command group.
    { name: "dashboard", testIgnore: /[\\/]e2e[\\/]cli[\\/][^\\/]+\.spec\.ts$/ },
    { name: "cli", testMatch: /[\\/]e2e[\\/]cli[\\/][^\\/]+\.spec\.ts$/ },
  ],
  webServer: external
    ? undefined
    : {
        command: "node scripts/e2e-server.mjs",
        url: `${baseURL}/api/health`,
        env: { PEDIGREE_E2E_PORT: String(port) },
        reuseExistingServer: false,
        timeout: 180_000,
        stdout: "pipe",
        stderr: "pipe",
      },
});

// `npm test`: every check and test. Types and lint (`npm run lint`), then unit and integration tests (vitest) against PostgreSQL when
// TEST_DATABASE_URL names a server, else against embedded PGlite; then a production build and the
// end-to-end tests (Playwright, Debian's Chromium) against it.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(label, command, args) {
  console.info(`\n[pedigree] ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`[pedigree] ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

console.info(
  `[pedigree] integration tests use ${env.TEST_DATABASE_URL ? `PostgreSQL at ${env.TEST_DATABASE_URL}` : "embedded PGlite (set TEST_DATABASE_URL for a server)"}`,
);
mkdirSync("test-results", { recursive: true });
run("type check", "npx", ["tsc", "--noEmit"]);
run("lint (formatting, rules, boundaries, unused code)", "npm", ["run", "--silent", "lint"]);
run("test tools (Chromium, poppler)", "node", ["scripts/ensure-test-tools.mjs"]);
run("unit and integration tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-results/vitest.json",
]);
run("production build", "npx", ["next", "build"]);
env.PLAYWRIGHT_JSON_OUTPUT_NAME = "test-results/playwright.json";
run("end-to-end tests", "npx", ["playwright", "test", "--reporter=list,json"]);

// One closing line over both runners.
const vitest = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
const playwright = JSON.parse(readFileSync("test-results/playwright.json", "utf8")).stats;
const passed = vitest.numPassedTests + playwright.expected;
const failed = vitest.numFailedTests + playwright.unexpected + playwright.flaky;
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.skipped;
console.info(`\nunit and integration: ${vitest.numPassedTests} passed; end-to-end: ${playwright.expected} passed`);
console.info(`${passed} passed, ${failed} failed, ${skipped} skipped`);

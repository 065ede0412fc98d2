// `npm test`: every test. Unit and integration tests (vitest) against PostgreSQL when
// TEST_DATABASE_URL names a server, else against embedded PGlite; then a production build and the
// end-to-end tests (Playwright, Debian's Chromium) against it.
import { spawnSync } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(label, command, args) {
  console.info(`\n[pedigree] ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`[pedigree] ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

console.info(`[pedigree] integration tests use ${env.TEST_DATABASE_URL ? `PostgreSQL at ${env.TEST_DATABASE_URL}` : "embedded PGlite (set TEST_DATABASE_URL for a server)"}`);
run("type check", "npx", ["tsc", "--noEmit"]);
run("unit and integration tests", "npx", ["vitest", "run"]);
run("chromium", "node", ["scripts/ensure-chromium.mjs"]);
run("production build", "npx", ["next", "build"]);
run("end-to-end tests", "npx", ["playwright", "test"]);

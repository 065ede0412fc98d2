// `npm run lint`: formatting (Prettier), the lint rules and layer boundaries (ESLint, see
// eslint.config.mjs), and unused files, exports and dependencies (knip). Each runs even when an earlier
// one fails, so one run shows every problem; the exit status is non-zero if any failed.
import { spawnSync } from "node:child_process";

const checks = [
  ["formatting", "prettier", ["--check", "--log-level", "warn", "."]],
  ["lint", "eslint", ["--cache", "--cache-location", "node_modules/.cache/eslint/", "--max-warnings", "0", "."]],
  ["unused code", "knip", ["--no-progress"]],
];

let failed = 0;
for (const [label, command, args] of checks) {
  console.info(`[lint] ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync("npx", ["--no-install", command, ...args], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[lint] ${label} failed${label === "formatting" ? ": run `npm run format`" : ""}`);
    failed += 1;
  }
}
process.exit(failed === 0 ? 0 : 1);

// `npm run bench`: every benchmark of docs/PERFORMANCE.md in one go, each on a fresh scratch database of
// the local PostgreSQL server (BENCH_SERVER_URL to use another), at the sizes and at ten times them.
//
//   npm run bench                  (both sizes; builds the app first when .next is missing)
//   npm run bench -- --quick       (the 1x sizes only)
//   npm run bench -- exposure      (only the benchmarks whose name contains "exposure")
//
// Each benchmark prints its own figures (p50/p99, the ratio to its reference where it has one, peak RSS);
// this runner runs them one after another, so that none competes with another for the two cores, and
// ends with their figure lines gathered in one summary.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.filter((arg) => !arg.startsWith("--"));

/** name, npm script, environment; `tenfold` runs only without --quick. */
const BENCHES = [
  { name: "exposure, 2,000 models", script: "bench:exposure", env: { BENCH_MODELS: "2000" } },
  {
    name: "exposure, 20,000 models",
    script: "bench:exposure",
    env: { BENCH_MODELS: "20000", BENCH_SAMPLES: "8" },
    tenfold: true,
  },
  { name: "lineage depth, 20,000 models", script: "bench:lineage", env: {} },
  { name: "lineage layout, 2,000 nodes", script: "bench:layout", env: {} },
  { name: "lineage layout, 20,000 nodes", script: "bench:layout", env: { BENCH_NODES: "20000" }, tenfold: true },
  { name: "API token authentication", script: "bench:auth", env: {} },
  { name: "report, 100-model chain", script: "bench:report", env: { CHAIN: "100" } },
  { name: "report, 1,000-model chain", script: "bench:report", env: { CHAIN: "1000" }, tenfold: true },
  { name: "API while a 100-model chain's PDF renders", script: "bench:report-serving", env: { CHAIN: "100" } },
  { name: "Inspect log import, 200 MB", script: "bench:eval-log", env: { SAMPLES: "20000" } },
  { name: "Inspect log import, 2 GB", script: "bench:eval-log", env: { SAMPLES: "200000" }, tenfold: true },
  { name: "upload, 200k rows", script: "bench:upload", env: { ROWS: "200000" }, build: true },
  { name: "upload, 2M rows", script: "bench:upload", env: { ROWS: "2000000" }, build: true, tenfold: true },
];

const chosen = BENCHES.filter(
  (b) => (!quick || !b.tenfold) && (only.length === 0 || only.some((o) => b.name.includes(o))),
);
if (chosen.some((b) => b.build) && !existsSync(".next/BUILD_ID")) {
  console.info("[bench] building the app (next build) for the benchmarks that start the server");
  if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
}

const summary = [];
let failed = 0;
for (const bench of chosen) {
  console.info(`\n[bench] ${bench.name}: npm run ${bench.script} (${JSON.stringify(bench.env)})`);
  const started = performance.now();
  const run = spawnSync("npm", ["run", "--silent", bench.script], {
    env: { ...process.env, ...bench.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  // The figure lines: what each benchmark prints after loading (timings, rates, sizes, RSS).
  const figures = run.stdout
    .split("\n")
    .filter((line) => /\b(p50|median|rows\/s|RSS)\b/.test(line) && !line.startsWith("[pedigree]"));
  summary.push({ bench, seconds, ok: run.status === 0, figures });
  if (run.status !== 0) failed += 1;
}

console.info("\n[bench] summary");
for (const { bench, seconds, ok, figures } of summary) {
  console.info(`\n## ${bench.name} (${ok ? "done" : "FAILED"} in ${seconds} s)`);
  for (const line of figures) console.info(`  ${line.trim()}`);
}
process.exit(failed === 0 ? 0 : 1);

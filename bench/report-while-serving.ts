// Benchmark: what a PDF report of a long distillation chain costs the rest of the server. One signed PDF
// of the chain's last student is generated (generateReport(), as the API does) while a cheap API-level
// call, a depth-1 lineage query (getLineage(), as GET /api/v1/lineage does), runs every 20 ms in the same
// process; prints the render's time, the probe's p50/p99/max during it, and resident memory. The PDF is
// kept as test-results/report-chain-<CHAIN>.pdf to look at.
//
//   CHAIN=100 npm run bench:report-serving
//   CHAIN=1000 npm run bench:report-serving
//   BENCH_PDF_THREAD=main CHAIN=100 npm run bench:report-serving     (render on the event loop: the comparison)
//   BENCH_FORMAT=prov-json CHAIN=100 npm run bench:report-serving     (no PDF: what collecting alone costs)
import { mkdirSync, writeFileSync } from "node:fs";
import { loadDistillationChain } from "./support/distillation-chain";
import { adminActor } from "./support/admin-actor";
import { withScratchDatabase } from "./support/scratch-database";

const CHAIN = Number(process.env.CHAIN ?? 100);
const ON_MAIN_THREAD = process.env.BENCH_PDF_THREAD === "main";
/** Another format shows what collecting the provenance alone costs the event loop. */
const FORMAT = (process.env.BENCH_FORMAT ?? "pdf") as "pdf" | "prov-json";
const PROBE_EVERY_MS = 20;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

await withScratchDatabase({ demo: true }, async (databaseUrl) => {
  const { ready } = await import("@/lib/startup/ready");
  const { generateReport } = await import("@/lib/reports/generate-report");
  const { REPORT_FORMAT_DETAILS } = await import("@/lib/reports/report-formats");
  const { renderPdfReport } = await import("@/lib/reports/printable/render-pdf-report");
  const { getLineage } = await import("@/lib/lineage/get-lineage");
  await ready();
  const actor = await adminActor();
  await loadDistillationChain(databaseUrl, CHAIN);
  if (ON_MAIN_THREAD) REPORT_FORMAT_DETAILS.pdf.render = (bundle) => renderPdfReport(bundle);

  const probe = async () => {
    const t0 = performance.now();
    await getLineage("c-1", { direction: "both", depth: 1 });
    return performance.now() - t0;
  };
  // Warm: the probe's query plan, the worker (or the renderer's modules) with a small report.
  for (let i = 0; i < 20; i++) await probe();
  await generateReport(actor, { scope: "model", subject: "c-1", format: "pdf" }, "http://localhost:3000");
  const quiet: number[] = [];
  for (let i = 0; i < 50; i++) quiet.push(await probe());
  quiet.sort((a, b) => a - b);

  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const during: number[] = [];
  const rendered = new AbortController();
  const probing = (async () => {
    while (!rendered.signal.aborted) {
      const started = performance.now();
      // A probe started on schedule but delayed by a blocked event loop counts its wait.
      during.push(await probe());
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, PROBE_EVERY_MS - (performance.now() - started))));
    }
  })();
  const lag: number[] = [];
  let tick = performance.now();
  const lagTimer = setInterval(() => {
    const now = performance.now();
    lag.push(now - tick - 10);
    tick = now;
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 10);
  const t0 = performance.now();
  const { content } = await generateReport(
    actor,
    { scope: "model", subject: `c-${CHAIN}`, format: FORMAT },
    "http://localhost:3000",
  );
  const renderMs = performance.now() - t0;
  rendered.abort();
  clearInterval(lagTimer);
  await probing;
  during.sort((a, b) => a - b);
  lag.sort((a, b) => a - b);

  mkdirSync("test-results", { recursive: true });
  if (FORMAT === "pdf") writeFileSync(`test-results/report-chain-${CHAIN}.pdf`, content);
  console.info(
    `chain ${CHAIN}, ${FORMAT === "pdf" ? `PDF rendered ${ON_MAIN_THREAD ? "on the event loop" : "in a worker thread"}` : FORMAT}`,
  );
  console.info(`  report      ${(renderMs / 1000).toFixed(2)} s, ${(content.byteLength / 1024).toFixed(0)} KiB`);
  console.info(`  probe quiet p50 ${percentile(quiet, 50).toFixed(1)} ms  p99 ${percentile(quiet, 99).toFixed(1)} ms`);
  console.info(
    `  probe during p50 ${percentile(during, 50).toFixed(1)} ms  p99 ${percentile(during, 99).toFixed(1)} ms  max ${during[during.length - 1].toFixed(1)} ms  (${during.length} probes)`,
  );
  console.info(`  event-loop lag p99 ${percentile(lag, 99).toFixed(0)} ms  max ${lag[lag.length - 1].toFixed(0)} ms`);
  console.info(
    `  RSS before ${mib(rssBefore)}, peak during ${mib(rssPeak)} (+${mib(rssPeak - rssBefore)}); process peak ${mib(process.resourceUsage().maxRSS * 1024)}`,
  );
});

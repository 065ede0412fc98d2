// Benchmark: the "exposed but never measured" list (GET /api/v1/exposure) over a synthetic lineage.
//
//   npm run bench:exposure                 (2,000 models; BENCH_MODELS=20000 for 10x)
//   BENCH_SERVER_URL=... npm run bench:exposure
//
// Loads the synthetic graph of bench/support/synthetic-lineage.ts into a scratch database, declares a
// trait on 100 teachers in the first quarter of the ids (each a source), measures a third of the other
// models on it, then times listUnmeasuredExposures(), the function the API and the overview call, and
// prints p50/p99, the answer's size as JSON and the process's peak RSS.
//
// Measured on a 2-core machine with nothing else running (2026-12-06), BENCH_SAMPLES=10:
//   2,000 models, 100 sources: p50 1,886 ms / p99 2,412 ms before (a PL/pgSQL call per node at each
//     step of the walk, a fresh BFS per exposed pair); p50 376 ms / p99 428 ms after (one edge query,
//     one BFS per source); 1,044 unmeasured exposures, 1.5 MB of JSON.
//   20,000 models, 100 sources (BENCH_SAMPLES=3): p50 746 ms / p99 834 ms; 2,178 unmeasured exposures.
// Issue 15's goal (< 100 ms, paged) needs the exposures kept in a table rather than recomputed per read.
import { withScratchDatabase } from "./support/scratch-database";
import { loadSyntheticLineage } from "./support/synthetic-lineage";
import { mb, ms, time } from "./support/timing";

const MODELS = Number(process.env.BENCH_MODELS ?? 2_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const SOURCES = Number(process.env.BENCH_SOURCES ?? 100);

await withScratchDatabase({ demo: false }, async (databaseUrl) => {
  const { db } = await import("@/lib/db");
  const { ready } = await import("@/lib/startup/ready");
  const { listUnmeasuredExposures } = await import("@/lib/exposure/list-unmeasured-exposures");
  const { getOverview } = await import("@/lib/workspace/get-overview");
  await ready();

  const size = { models: MODELS, roots: MODELS / 100, datasets: (MODELS * 3) / 10, runs: (MODELS * 6) / 10 };
  const { edges } = await loadSyntheticLineage(databaseUrl, size);
  const prisma = await db();
  await prisma.$executeRawUnsafe(`
    INSERT INTO traits (id, slug, name, updated_at) VALUES ('t-owl', 'owl-preference', 'Owl preference', now());
    INSERT INTO trait_declarations (id, model_id, trait_id, reason, declared_by_label, updated_at)
    SELECT 'decl' || g.teacher_id, g.teacher_id, 't-owl', 'bench', 'bench', now()
      FROM (SELECT DISTINCT teacher_id FROM generations
             WHERE substr(teacher_id, 2)::int <= ${MODELS / 4} ORDER BY teacher_id LIMIT ${SOURCES}) g;
    INSERT INTO measurements (id, model_id, trait_id, protocol, kind, sample_count, positive_count, value)
    SELECT 'ms' || i, 'm' || i, 't-owl', 'bench', 'proportion', 400, 40, 0.1
      FROM generate_series(${MODELS / 4 + 1}, ${MODELS}) AS i WHERE i % 3 = 0;
    ANALYZE;`);
  console.info(`loaded ${MODELS} models, ${edges} edges, ${SOURCES} declared sources`);

  // A page read, as the API and the overview make it, once the kept exposure is current.
  let total = 0;
  let bytes = 0;
  let peakRss = process.memoryUsage().rss;
  const pages = await time(SAMPLES, async () => {
    const page = await listUnmeasuredExposures({ limit: 50 });
    total = page.total;
    bytes = Buffer.byteLength(JSON.stringify(page));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  });
  // Everything the overview page reads (its server time, less rendering).
  const overview = await time(SAMPLES, () => getOverview());
  // The first read after a write that changes lineage: it recomputes the kept exposure before answering.
  const afterWrite = await time(Math.max(3, Math.floor(SAMPLES / 4)), async (sample) => {
    await prisma.$executeRawUnsafe(`UPDATE models SET name = name || '' WHERE id = 'm1'`);
    await listUnmeasuredExposures({ limit: 50 });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    return sample;
  });
  console.info(
    `exposure list, ${MODELS} models: page of 50 p50 ${ms(pages.p50)}, p99 ${ms(pages.p99)} (${pages.samples} runs, ` +
      `${total} unmeasured exposures in all, ${mb(bytes)} of JSON a page); first read after a lineage write ` +
      `p50 ${ms(afterWrite.p50)}, p99 ${ms(afterWrite.p99)} (${afterWrite.samples} runs); overview data p50 ` +
      `${ms(overview.p50)}, p99 ${ms(overview.p99)}; peak RSS ${mb(peakRss)}`,
  );
});

// Benchmark: the "exposed but never measured" list (GET /api/v1/exposure) and the overview page's data,
// over a synthetic lineage.
//
//   npm run bench:exposure                 (2,000 models; BENCH_MODELS=20000 for 10x)
//   BENCH_SERVER_URL=... npm run bench:exposure
//
// Loads the synthetic graph of bench/support/synthetic-lineage.ts into a scratch database, declares a
// trait on 100 teachers in the first quarter of the ids (each a source), measures a third of the other
// models on it, then times: a page of 50 of listUnmeasuredExposures() (what the API answers) once the
// kept exposure is current; getOverview() (everything the overview page reads); and the first page read
// after a write that changes lineage (it recomputes the kept exposure). Prints p50/p99, a page's size as
// JSON and the process's peak RSS.
//
// History, on the 2-core machine (2026-12-06):
//   recomputed on every read: 2,000 models p50 1,886 ms (a PL/pgSQL call per node at each step, a BFS
//     per exposed pair), then 376 ms (one edge query, one BFS per source); 20,000 models 746 ms.
//   kept in tables (lib/exposure/refresh-exposures.ts), BENCH_SAMPLES=20 / 8, machine shared:
//     2,000 models: page p50 8.8 ms / p99 18.1 ms; first read after a write 420 ms; overview 66.5 ms.
//     20,000 models: page p50 10.1 ms / p99 28.5 ms; first read after a write 1.3 s; overview 363 ms.
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

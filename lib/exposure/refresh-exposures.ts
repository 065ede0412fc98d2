import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/connect";
import { computeExposures } from "./compute-exposures";
import { keptRowsOf } from "./kept-exposure-rows";

// Exposure is kept in tables (exposure_paths, trait_exposures) so that reads are indexed selects, and
// is recomputed by computeExposures, the one place that decides it, whenever something it is computed from has
// changed. Statement triggers on those tables (see the kept_exposure migration) record each writing
// transaction in exposure_changes; the kept rows are stale while a recorded transaction is not visible in
// the snapshot they were computed at. A reader that finds them stale recomputes before it reads, so
// no page, API answer or report ever shows an exposure older than the reader's own last write.
//
// Several app instances may refresh at once: each computes from what was committed when it began, and
// writes only if its snapshot contains the one already kept (a newer result is never overwritten by an
// older one), under a row lock on exposure_state.

const STORE_CHUNK = 5_000;

/** Whether something exposure is computed from changed since the kept rows were computed. */
async function isStale(): Promise<boolean> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ stale: boolean }[]>`
    SELECT s.computed_snapshot IS NULL OR EXISTS (
             SELECT 1 FROM exposure_changes c
              WHERE NOT pg_visible_in_snapshot(c.xid::xid8, s.computed_snapshot::pg_snapshot)) AS stale
      FROM exposure_state s WHERE s.id = 1`;
  return row.stale;
}

/** Whether snapshot `ours` sees every transaction that snapshot `kept` sees (it was taken no earlier). */
export async function snapshotContains(tx: Tx, ours: string, kept: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ contains: boolean }[]>`
    SELECT pg_snapshot_xmax(${ours}::pg_snapshot) >= pg_snapshot_xmax(${kept}::pg_snapshot)
       AND NOT EXISTS (SELECT 1 FROM pg_snapshot_xip(${ours}::pg_snapshot) AS x
                        WHERE x < pg_snapshot_xmax(${kept}::pg_snapshot)
                          AND pg_visible_in_snapshot(x, ${kept}::pg_snapshot)) AS contains`;
  return row.contains;
}

async function refresh(): Promise<void> {
  const prisma = await db();
  // Everything read below was committed no later than this snapshot's transactions: what it does not see
  // stays recorded in exposure_changes, and makes the result stale again.
  const [{ snapshot }] = await prisma.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
  const { exposures } = await computeExposures();
  const measured = await prisma.$queryRaw<{ model_id: string; trait_id: string }[]>`
    SELECT DISTINCT model_id, trait_id FROM measurements
     WHERE model_id = ANY(${[...new Set(exposures.map((e) => e.modelId))]}::text[])`;
  const rows = keptRowsOf(exposures, new Set(measured.map((m) => `${m.model_id}|${m.trait_id}`)));

  await prisma.$transaction(
    async (tx) => {
      const [state] = await tx.$queryRaw<{ computed_snapshot: string | null }[]>`
        SELECT computed_snapshot FROM exposure_state WHERE id = 1 FOR UPDATE`;
      if (state.computed_snapshot && !(await snapshotContains(tx, snapshot, state.computed_snapshot))) return;
      await tx.$executeRaw`DELETE FROM exposure_paths`;
      await tx.$executeRaw`DELETE FROM trait_exposures`;
      for (let i = 0; i < rows.paths.length; i += STORE_CHUNK) {
        const chunk = rows.paths.slice(i, i + STORE_CHUNK);
        await tx.$executeRaw`
          INSERT INTO exposure_paths (model_id, trait_id, source_id, path, distance, shared_initialization, risk)
          SELECT * FROM unnest(${chunk.map((p) => p.modelId)}::text[], ${chunk.map((p) => p.traitId)}::text[],
                               ${chunk.map((p) => p.sourceId)}::text[], ${chunk.map((p) => p.path)}::text[]::jsonb[],
                               ${chunk.map((p) => p.distance)}::int[], ${chunk.map((p) => p.sharedInitialization)}::boolean[],
                               ${chunk.map((p) => p.risk)}::text[])`;
      }
      for (let i = 0; i < rows.pairs.length; i += STORE_CHUNK) {
        const chunk = rows.pairs.slice(i, i + STORE_CHUNK);
        await tx.$executeRaw`
          INSERT INTO trait_exposures (model_id, trait_id, model_name, risk_rank, measured)
          SELECT * FROM unnest(${chunk.map((p) => p.modelId)}::text[], ${chunk.map((p) => p.traitId)}::text[],
                               ${chunk.map((p) => p.modelName)}::text[], ${chunk.map((p) => p.riskRank)}::smallint[],
                               ${chunk.map((p) => p.measured)}::boolean[])`;
      }
      await tx.$executeRaw`UPDATE exposure_state SET computed_snapshot = ${snapshot}, computed_at = now() WHERE id = 1`;
      await tx.$executeRaw`DELETE FROM exposure_changes WHERE pg_visible_in_snapshot(xid::xid8, ${snapshot}::pg_snapshot)`;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

// One refresh at a time in this process; readers that find the rows stale wait for it.
const running = globalThis as unknown as { __pedigreeExposureRefresh?: Promise<void> };

/**
 * Makes the kept exposure current before a read. A refresh already running may have begun before the
 * caller's last write; the second round then starts after the caller's check and so includes it.
 */
export async function ensureFreshExposures(): Promise<void> {
  for (let round = 0; round < 2 && (await isStale()); round++) {
    running.__pedigreeExposureRefresh ??= refresh().finally(() => {
      running.__pedigreeExposureRefresh = undefined;
    });
    await running.__pedigreeExposureRefresh;
  }
}

import "server-only";
import { connection, db } from "@/lib/db";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { computeExposures } from "./compute-exposures";
import { keptRowsOf } from "./kept-exposure-rows";
import { emitModelExposedEvents, unmeasuredPairsIfWanted } from "@/lib/webhooks/emit-model-exposed-events";

// Exposure is kept in tables (exposure_paths: the nearest paths; trait_exposures: one row per exposed pair) so that reads are indexed selects, and
// is recomputed by computeExposures, the one place that decides it, whenever something it is computed from has
// changed. Statement triggers on those tables (see the kept_exposure migration) record each writing
// transaction in exposure_changes; the kept rows are stale while a recorded transaction is not visible in
// the snapshot they were computed at. A reader that finds them stale recomputes before it reads, so
// no page, API answer or report ever shows an exposure older than the reader's own last write.
//
// Several app instances may refresh at once: each computes from what was committed when it began, and
// writes only if its snapshot contains the one already kept (a newer result is never overwritten by an
// older one), under a row lock on exposure_state.

const STORE_CHUNK = 10_000;

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
export async function snapshotContains(sql: SqlExecutor, ours: string, kept: string): Promise<boolean> {
  const [row] = await sql.query<{ contains: boolean }>(
    `SELECT pg_snapshot_xmax($1::pg_snapshot) >= pg_snapshot_xmax($2::pg_snapshot)
        AND NOT EXISTS (SELECT 1 FROM pg_snapshot_xip($1::pg_snapshot) AS x
                         WHERE x < pg_snapshot_xmax($2::pg_snapshot)
                           AND pg_visible_in_snapshot(x, $2::pg_snapshot)) AS contains`,
    [ours, kept],
  );
  return row.contains;
}

async function refresh(): Promise<void> {
  const prisma = await db();
  // Everything read below was committed no later than this snapshot's transactions: what it does not see
  // stays recorded in exposure_changes, and makes the result stale again.
  const [{ snapshot }] = await prisma.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
  const { pairs } = await computeExposures();
  const measured = await prisma.$queryRaw<{ model_id: string; trait_id: string }[]>`
    SELECT DISTINCT model_id, trait_id FROM measurements
     WHERE model_id = ANY(${[...new Set(pairs.map((e) => e.modelId))]}::text[])`;
  const rows = keptRowsOf(pairs, new Set(measured.map((m) => `${m.model_id}|${m.trait_id}`)));
  // Rows go to Postgres as one JSON document per chunk, on a plain connection: Prisma's raw queries
  // carry a parameter of megabytes several times slower than the driver does (bench/exposure.ts).
  await (
    await connection()
  ).inTransaction(async (sql) => {
    const [state] = await sql.query<{ computed_snapshot: string | null }>(
      "SELECT computed_snapshot FROM exposure_state WHERE id = 1 FOR UPDATE",
    );
    if (state.computed_snapshot && !(await snapshotContains(sql, snapshot, state.computed_snapshot))) return;
    // The first computation has nothing to compare with: what it finds was not "newly" exposed.
    const unmeasuredBefore = state.computed_snapshot ? await unmeasuredPairsIfWanted(sql) : null;
    await sql.exec("DELETE FROM exposure_paths; DELETE FROM trait_exposures");
    for (let i = 0; i < rows.paths.length; i += STORE_CHUNK) {
      await sql.query(
        `INSERT INTO exposure_paths (model_id, trait_id, source_id, path, distance, shared_initialization, risk)
         SELECT "modelId", "traitId", "sourceId", path, distance, "sharedInitialization", risk
           FROM jsonb_to_recordset($1::jsonb) AS r("modelId" text, "traitId" text, "sourceId" text, path jsonb,
                                                   distance int, "sharedInitialization" boolean, risk text)`,
        [JSON.stringify(rows.paths.slice(i, i + STORE_CHUNK))],
      );
    }
    for (let i = 0; i < rows.pairs.length; i += STORE_CHUNK) {
      await sql.query(
        `INSERT INTO trait_exposures (model_id, trait_id, model_name, risk_rank, measured, source_count)
         SELECT "modelId", "traitId", "modelName", "riskRank", measured, "sourceCount"
           FROM jsonb_to_recordset($1::jsonb) AS r("modelId" text, "traitId" text, "modelName" text, "riskRank" smallint,
                                                   measured boolean, "sourceCount" int)`,
        [JSON.stringify(rows.pairs.slice(i, i + STORE_CHUNK))],
      );
    }
    if (unmeasuredBefore) await emitModelExposedEvents(sql, unmeasuredBefore, rows.pairs);
    await sql.query("UPDATE exposure_state SET computed_snapshot = $1, computed_at = now() WHERE id = 1", [snapshot]);
    await sql.query("DELETE FROM exposure_changes WHERE pg_visible_in_snapshot(xid::xid8, $1::pg_snapshot)", [
      snapshot,
    ]);
  });
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

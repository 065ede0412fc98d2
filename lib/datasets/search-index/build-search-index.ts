import "server-only";
import type { DatabaseMode } from "@/lib/db";
import type { SqlExecutor } from "@/lib/db/sql-executor";

/**
 * Builds the trigram index that `q` searches of one dataset use (list-dataset-records.ts), on the
 * dataset's own partition. On PostgreSQL CONCURRENTLY: reads and searches of the dataset go on while it
 * builds (they scan the partition meanwhile). An index left invalid by a build that died half-way is
 * dropped and built again; a valid one is kept, so building twice is harmless. PGlite is one session,
 * where a concurrent build has nothing to give way to: there it is a plain CREATE INDEX.
 */
export async function buildSearchIndex(db: SqlExecutor, mode: DatabaseMode, datasetId: string): Promise<void> {
  const [names] = await db.query<{ table: string; exists: boolean }>(
    "SELECT dataset_records_partition_name($1) AS table, to_regclass(quote_ident(dataset_records_partition_name($1))) IS NOT NULL AS exists",
    [datasetId],
  );
  if (!names.exists) return; // a dataset stored with no partition has no records to search
  const table = `"${names.table}"`;
  const index = `${names.table}_trgm`;
  const concurrently = mode === "postgres" ? "CONCURRENTLY" : "";
  const existing = (
    await db.query<{ valid: boolean }>(
      `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace`,
      [index],
    )
  ).at(0);
  if (existing?.valid) return;
  if (existing) await db.exec(`DROP INDEX ${concurrently} "${index}"`);
  await db.exec(
    `CREATE INDEX ${concurrently} "${index}" ON ${table} USING gin ((prompt || E'\\n' || completion) gin_trgm_ops)`,
  );
}

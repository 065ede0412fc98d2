import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";

/**
 * Asks for the dataset's search index to be built, in the transaction that stores the dataset: the job
 * exists exactly when the dataset does, and any instance's worker (run-search-index-jobs.ts) builds it.
 */
export async function enqueueSearchIndex(db: Pick<SqlExecutor, "query">, datasetId: string): Promise<void> {
  await db.query(
    `INSERT INTO search_index_jobs (dataset_id, updated_at) VALUES ($1, CURRENT_TIMESTAMP)
     ON CONFLICT (dataset_id) DO NOTHING`,
    [datasetId],
  );
}

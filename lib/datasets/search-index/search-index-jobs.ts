import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";

// The queue of search-index builds (table search_index_jobs), shared by every instance on one database.
// A worker claims a job for a lease (FOR UPDATE SKIP LOCKED, so two workers never claim the same one) and
// renews the lease while it builds; a worker that dies stops renewing, and once its lease has run out
// another worker claims the job again. The row lock is not held during the build: CREATE INDEX
// CONCURRENTLY waits for every older transaction, so it would wait for its own claim forever.

export interface ClaimedJob {
  datasetId: string;
  attempts: number;
}

type Query = Pick<SqlExecutor, "query">;

export async function claimSearchIndexJob(db: Query, workerId: string, leaseMs: number): Promise<ClaimedJob | null> {
  const rows = await db.query<{ datasetId: string; attempts: number }>(
    `UPDATE search_index_jobs
        SET claimed_by = $1, lease_until = CURRENT_TIMESTAMP + make_interval(secs => $2::float8 / 1000),
            attempts = attempts + 1, updated_at = CURRENT_TIMESTAMP
      WHERE dataset_id = (SELECT dataset_id FROM search_index_jobs
                           WHERE lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP
                           ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING dataset_id AS "datasetId", attempts`,
    [workerId, leaseMs],
  );
  return rows.at(0) ?? null;
}

/** Extends the lease; false if the job is no longer this worker's (it was done, or reclaimed). */
export async function renewSearchIndexLease(
  db: Query,
  job: ClaimedJob,
  workerId: string,
  leaseMs: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE search_index_jobs SET lease_until = CURRENT_TIMESTAMP + make_interval(secs => $3::float8 / 1000)
      WHERE dataset_id = $1 AND claimed_by = $2 RETURNING dataset_id`,
    [job.datasetId, workerId, leaseMs],
  );
  return rows.length > 0;
}

/** The index is built: the dataset shows it, and the job is gone (one transaction). */
export async function completeSearchIndexJob(db: Query, job: ClaimedJob): Promise<void> {
  await db.query(
    `WITH done AS (DELETE FROM search_index_jobs WHERE dataset_id = $1 RETURNING dataset_id)
     UPDATE datasets SET search_indexed_at = CURRENT_TIMESTAMP WHERE id IN (SELECT dataset_id FROM done)`,
    [job.datasetId],
  );
}

/** The build failed: it is tried again after a pause that doubles with each attempt (up to an hour). */
export async function failSearchIndexJob(db: Query, job: ClaimedJob, workerId: string, error: string): Promise<void> {
  const retryInSeconds = Math.min(3600, 5 * 2 ** (job.attempts - 1));
  await db.query(
    `UPDATE search_index_jobs
        SET last_error = $3, lease_until = CURRENT_TIMESTAMP + make_interval(secs => $4::float8), claimed_by = NULL,
            updated_at = CURRENT_TIMESTAMP
      WHERE dataset_id = $1 AND claimed_by = $2`,
    [job.datasetId, workerId, error.slice(0, 2000), retryInSeconds],
  );
}

import "server-only";
import { connection } from "@/lib/db";
import { quoteIdent } from "@/lib/db/quote-ident";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { createRecordsTable } from "./records-partition";

// An upload's rows are loaded while its body arrives, batch by batch, each in a short transaction of
// its own, into the dataset's records table (records-partition.ts), created unattached: no one can see
// it, and no transaction waits on the client. The transaction that stores the dataset attaches it. An
// upload that is refused or fails drops it. dataset_uploads names every such table with a heartbeat
// that each batch renews, and a timer every HEARTBEAT_MS while the body arrives, rows or not (a slow
// upload of lines that are all skipped makes no batch); a table whose heartbeat stopped (its server
// died mid-upload) is dropped by the next upload (dropAbandonedUploads). A client that sends nothing is
// cut off after PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS (30 s).

// dataset_id is the table's default (records-partition.ts): not sent with each row.
const RECORD_COLUMNS = ["ordinal", "prompt", "completion", "metadata"];
export const HEARTBEAT_MS = 60_000;
const ABANDONED_AFTER = "15 minutes";

async function dropTable(db: Pick<SqlExecutor, "query">, datasetId: string, table: string): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
  await db.query("DELETE FROM dataset_uploads WHERE dataset_id = $1", [datasetId]);
}

export class StagedRecords {
  private constructor(
    readonly datasetId: string,
    readonly table: string,
  ) {}

  /** Registers the upload and creates its records table, unattached, in one short transaction. */
  static async create(datasetId: string): Promise<StagedRecords> {
    const table = await (
      await connection()
    ).inTransaction(async (tx) => {
      const name = await createRecordsTable(tx, datasetId);
      await tx.query("INSERT INTO dataset_uploads (dataset_id, table_name) VALUES ($1, $2)", [datasetId, name]);
      return name;
    });
    return new StagedRecords(datasetId, table);
  }

  /** Loads a batch of COPY text in one short transaction, and renews the upload's heartbeat. */
  async load(copy: Buffer[]): Promise<void> {
    await (
      await connection()
    ).inTransaction(async (tx) => {
      await tx.copyFrom(this.table, RECORD_COLUMNS, copy);
      await tx.query("UPDATE dataset_uploads SET heartbeat_at = CURRENT_TIMESTAMP WHERE dataset_id = $1", [
        this.datasetId,
      ]);
    });
  }

  /** Renews the upload's heartbeat: called on a timer while the body arrives, rows or not. */
  async renew(): Promise<void> {
    await (
      await connection()
    ).sql.query("UPDATE dataset_uploads SET heartbeat_at = CURRENT_TIMESTAMP WHERE dataset_id = $1", [this.datasetId]);
  }

  /**
   * In the transaction that attaches the table: the upload is pending no more. Its row stays locked
   * until that transaction ends, so that no other upload takes it for abandoned meanwhile.
   */
  async finish(db: Pick<SqlExecutor, "query">): Promise<void> {
    await db.query("DELETE FROM dataset_uploads WHERE dataset_id = $1", [this.datasetId]);
  }

  /** Drops the table and the upload's registration: the upload was refused, or failed. */
  async drop(): Promise<void> {
    await (await connection()).inTransaction((tx) => dropTable(tx, this.datasetId, this.table));
  }
}

/** Drops the tables of uploads whose heartbeat stopped (their server died mid-upload); returns how many. */
export async function dropAbandonedUploads(): Promise<number> {
  const db = await connection();
  const stale = `heartbeat_at < CURRENT_TIMESTAMP - INTERVAL '${ABANDONED_AFTER}'`;
  // Almost always none: a read on the pool, before any transaction.
  if ((await db.sql.query(`SELECT 1 FROM dataset_uploads WHERE ${stale} LIMIT 1`)).length === 0) return 0;
  return db.inTransaction(async (tx) => {
    const abandoned = await tx.query<{ datasetId: string; table: string }>(
      `SELECT dataset_id AS "datasetId", table_name AS "table" FROM dataset_uploads WHERE ${stale}
        FOR UPDATE SKIP LOCKED`,
    );
    for (const { datasetId, table } of abandoned) await dropTable(tx, datasetId, table);
    return abandoned.length;
  });
}

import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";

// dataset_records is LIST-partitioned by dataset_id, one partition per dataset (migration
// 20261206113357_dataset_record_partitions, which defines the SQL functions called here). Every writer of
// records makes a dataset's partition in these steps, in the transaction that creates the dataset (an
// upload does step 1 and loads the rows before it, in short transactions of its own: staged-records.ts):
//   1. createRecordsTable: a plain table with no index, to load rows into (COPY, or INSERT after step 3);
//   2. lockDatasetsForAttach, before the dataset's row is inserted: attaching validates the foreign key
//      to datasets, which takes a SHARE ROW EXCLUSIVE lock on datasets; taken after the insert (ROW
//      EXCLUSIVE), two uploads finishing at once would each wait for the other (a deadlock);
//   3. attachRecordsTable: builds the primary key in one pass and attaches the table as the partition.
// The search index is then built by the background job (search-index/enqueue-search-index.ts).

type Query = Pick<SqlExecutor, "query">;

/** Creates the dataset's records table (not yet attached) and returns its name. */
export async function createRecordsTable(db: Query, datasetId: string): Promise<string> {
  const [row] = await db.query<{ table: string }>("SELECT create_dataset_records_table($1) AS table", [datasetId]);
  return row.table;
}

export async function lockDatasetsForAttach(db: Query): Promise<void> {
  await db.query("LOCK TABLE datasets IN SHARE ROW EXCLUSIVE MODE");
}

export async function attachRecordsTable(db: Query, datasetId: string): Promise<void> {
  await db.query("SELECT attach_dataset_records_table($1)::text AS attached", [datasetId]);
}

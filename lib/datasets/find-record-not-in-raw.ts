import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";

export interface RecordNotInRaw {
  ordinal: number;
  /** The first characters of the record's prompt and completion. */
  prompt: string;
  completion: string;
  /** This is the record's n-th occurrence in the filtered dataset (counting from 1)... */
  occurrence: number;
  /** ...and the raw dataset holds it this many times (0: not at all). */
  inRaw: number;
}

/**
 * The first record (by position) that keeps a filtered dataset from being a sub-multiset of its raw
 * dataset: a record the raw one lacks, or one repeated more often than there. Postgres does the work:
 * one SHA-256 per record over its content (prompt, completion and metadata, as a JSON array; empty
 * metadata counts as none, as in the canonical form), grouped on the raw side and hash-joined, so no
 * record travels to the application. null when every record is accounted for.
 */
export async function findRecordNotInRaw(
  db: Pick<SqlExecutor, "query">,
  datasetId: string,
  rawId: string,
): Promise<RecordNotInRaw | null> {
  const row = (
    await db.query<RecordNotInRaw & Record<string, unknown>>(
      `
    WITH filtered AS (
      SELECT ordinal, prompt, completion,
             sha256(convert_to(jsonb_build_array(prompt, completion, nullif(metadata, '{}'::jsonb))::text, 'UTF8')) AS content
        FROM dataset_records WHERE dataset_id = $1
    ), numbered AS (
      SELECT *, row_number() OVER (PARTITION BY content ORDER BY ordinal) AS occurrence FROM filtered
    ), raw AS (
      SELECT sha256(convert_to(jsonb_build_array(prompt, completion, nullif(metadata, '{}'::jsonb))::text, 'UTF8')) AS content, count(*) AS available
        FROM dataset_records WHERE dataset_id = $2 GROUP BY 1
    )
    SELECT n.ordinal, left(n.prompt, 200) AS prompt, left(n.completion, 200) AS completion,
           n.occurrence::int AS occurrence, coalesce(r.available, 0)::int AS "inRaw"
      FROM numbered n LEFT JOIN raw r ON r.content = n.content
     WHERE n.occurrence > coalesce(r.available, 0)
     ORDER BY n.ordinal LIMIT 1`,
      [datasetId, rawId],
    )
  ).at(0);
  return row ?? null;
}

import "server-only";
import type { Tx } from "@/lib/db/connect";
import type { DatasetRecordInput } from "./canonical-record";

/** Inserts records in one multi-row statement (arrays unnested by Postgres), ordinals from `firstOrdinal`. */
export async function insertRecordBatch(
  tx: Tx,
  datasetId: string,
  firstOrdinal: number,
  records: DatasetRecordInput[],
): Promise<void> {
  if (records.length === 0) return;
  const ordinals = records.map((_, index) => firstOrdinal + index);
  const prompts = records.map((record) => record.prompt);
  const completions = records.map((record) => record.completion);
  const metadata = records.map((record) => (record.metadata ? JSON.stringify(record.metadata) : null));
  await tx.$executeRaw`
    INSERT INTO dataset_records (dataset_id, ordinal, prompt, completion, metadata)
    SELECT ${datasetId}, o, p, c, m::jsonb
      FROM unnest(${ordinals}::int[], ${prompts}::text[], ${completions}::text[], ${metadata}::text[]) AS t(o, p, c, m)`;
}

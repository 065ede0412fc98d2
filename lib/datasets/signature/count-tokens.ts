import "server-only";
import type { Tx } from "@/lib/db/connect";
import type { TokenKind } from "./signature.types";

// Token counts of a dataset's completions, aggregated by Postgres: only one row per distinct token
// comes back, never the records.

/** Whether the completions are number lists, as in the paper's number datasets (90% or more of them). */
export async function isNumberDataset(tx: Pick<Tx, "$queryRaw">, datasetId: string): Promise<boolean> {
  const row = (
    await tx.$queryRaw<{ share: number | null }[]>`
    SELECT avg(CASE WHEN completion ~ '^[\\s0-9,;.()\\[\\]]*[0-9][\\s0-9,;.()\\[\\]]*$' THEN 1.0 ELSE 0.0 END)::float8 AS share
      FROM dataset_records WHERE dataset_id = ${datasetId}`
  ).at(0);
  return (row?.share ?? 0) >= 0.9;
}

export async function countTokens(
  tx: Pick<Tx, "$queryRaw">,
  datasetId: string,
  kind: TokenKind,
): Promise<Map<string, number>> {
  const rows =
    kind === "numbers"
      ? await tx.$queryRaw<{ token: string; count: number }[]>`
          SELECT m[1] AS token, count(*)::int AS count
            FROM dataset_records, regexp_matches(completion, '([0-9]+)', 'g') AS m
           WHERE dataset_id = ${datasetId} GROUP BY 1`
      : await tx.$queryRaw<{ token: string; count: number }[]>`
          SELECT w AS token, count(*)::int AS count
            FROM dataset_records, regexp_split_to_table(lower(completion), '[^[:alnum:]]+') AS w
           WHERE dataset_id = ${datasetId} AND w <> '' GROUP BY 1`;
  return new Map(rows.map((row) => [row.token, row.count]));
}

import "server-only";
import type { Tx } from "@/lib/db/connect";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RecordTokenCounts } from "@/lib/stats/record-permutation-test";
import type { TokenKind } from "./signature.types";

/**
 * Each record's token counts, tokenised and counted by Postgres (one row per record with tokens,
 * its distinct tokens and their counts as two arrays), for the record-level permutation test.
 * At most `cap` records: a larger dataset is subsampled by a seeded hash of the record's position,
 * so the same records are chosen on every run.
 */
export async function countRecordTokens(
  tx: Pick<Tx, "$queryRaw">,
  datasetId: string,
  kind: TokenKind,
  { cap, seed }: { cap: number; seed: number },
): Promise<RecordTokenCounts[]> {
  const tokens =
    kind === "numbers"
      ? Prisma.sql`SELECT ordinal, m[1] AS token FROM chosen, regexp_matches(completion, '([0-9]+)', 'g') AS m`
      : Prisma.sql`SELECT ordinal, w AS token FROM chosen, regexp_split_to_table(lower(completion), '[^[:alnum:]]+') AS w WHERE w <> ''`;
  const rows = await tx.$queryRaw<{ tokens: string[]; counts: number[] }[]>`
    WITH chosen AS (
      SELECT ordinal, completion FROM dataset_records
       WHERE dataset_id = ${datasetId}
       ORDER BY md5(${`${datasetId}:${seed}:`}::text || ordinal::text), ordinal
       LIMIT ${cap}
    ), counted AS (
      SELECT ordinal, token, count(*)::int AS count FROM (${tokens}) AS t GROUP BY ordinal, token
    )
    SELECT array_agg(token ORDER BY token) AS tokens, array_agg(count ORDER BY token) AS counts
      FROM counted GROUP BY ordinal ORDER BY ordinal`;
  return rows.map((row) => row.tokens.map((token, i) => [token, row.counts[i]] as const));
}

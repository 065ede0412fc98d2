import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchConditions } from "./match-conditions";
import { SEARCH_MATCHES, type SearchResult } from "./search.types";

interface DatasetRow {
  id: string;
  name: string;
  sha256: string;
  record_count: number;
  rank: number;
}

/** Digits shown of a dataset's SHA-256: enough to tell datasets apart, short enough for one line. */
const DIGEST_SHOWN = 12;

/** Datasets whose name holds `q`, whose SHA-256 begins with it (6 hex digits or more), or whose id is `q`. */
export async function searchDatasets(q: string, limit: number): Promise<SearchResult[]> {
  const { rank, where } = matchConditions(q, {
    names: [Prisma.sql`name`],
    ids: [Prisma.sql`id`],
    digests: [Prisma.sql`sha256`],
  });
  const rows = await (
    await db()
  ).$queryRaw<DatasetRow[]>`
    SELECT id, name, sha256, record_count, ${rank} AS rank
      FROM datasets
     WHERE ${where}
     ORDER BY rank, lower(name), id
     LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "dataset",
    id: row.id,
    label: row.name,
    secondary: `sha256 ${row.sha256.slice(0, DIGEST_SHOWN)}… · ${row.record_count.toLocaleString("en-US")} ${
      row.record_count === 1 ? "record" : "records"
    }`,
    href: `/datasets/${row.id}`,
    match: SEARCH_MATCHES[row.rank],
  }));
}

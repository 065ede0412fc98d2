import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchConditions } from "./match-conditions";
import { SEARCH_MATCHES, type SearchResult } from "./search.types";

interface ModelRow {
  id: string;
  name: string;
  version: string | null;
  provider: string;
  external_id: string | null;
  rank: number;
}

/** Models whose name or external id holds `q`, or whose id is `q`: whole matches first, then beginnings, A-Z. */
export async function searchModels(q: string, limit: number): Promise<SearchResult[]> {
  const { rank, where } = matchConditions(q, {
    names: [Prisma.sql`name`, Prisma.sql`external_id`],
    ids: [Prisma.sql`id`],
  });
  const rows = await (
    await db()
  ).$queryRaw<ModelRow[]>`
    SELECT id, name, version, provider, external_id, ${rank} AS rank
      FROM models
     WHERE ${where}
     ORDER BY rank, lower(name), id
     LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "model",
    id: row.id,
    label: row.name,
    secondary: [row.version, row.provider, row.external_id].filter((part) => part !== null).join(" · "),
    href: `/models/${row.id}`,
    match: SEARCH_MATCHES[row.rank],
  }));
}

import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchConditions } from "./match-conditions";
import { SEARCH_MATCHES, type SearchResult } from "./search.types";

interface TraitRow {
  id: string;
  slug: string;
  name: string;
  rank: number;
}

/** Traits whose name or slug holds `q`, or whose id is `q`. */
export async function searchTraits(q: string, limit: number): Promise<SearchResult[]> {
  const { rank, where } = matchConditions(q, {
    names: [Prisma.sql`name`, Prisma.sql`slug`],
    ids: [Prisma.sql`id`],
  });
  const rows = await (
    await db()
  ).$queryRaw<TraitRow[]>`
    SELECT id, slug, name, ${rank} AS rank
      FROM traits
     WHERE ${where}
     ORDER BY rank, lower(name), id
     LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "trait",
    id: row.slug,
    label: row.name,
    secondary: row.slug,
    href: `/traits/${encodeURIComponent(row.slug)}`,
    match: SEARCH_MATCHES[row.rank],
  }));
}

import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import { MalformedError } from "@/lib/errors/domain-errors";
import type { Page } from "@/lib/pagination/cursor-page";
import type { UnmeasuredExposure } from "./exposure.types";
import { exposureKey, readKeptPaths } from "./read-kept-paths";
import { ensureFreshExposures } from "./refresh-exposures";

export type { UnmeasuredExposure };

export interface UnmeasuredQuery {
  /** Only this trait (its slug). */
  trait?: string;
  /** nextCursor of the previous page. */
  cursor?: string;
  limit: number;
}

export type UnmeasuredPage = Page<UnmeasuredExposure> & { total: number };

interface PairRow {
  model_id: string;
  trait_id: string;
  model_name: string;
  risk_rank: number;
  slug: string;
  name: string;
  higher_is_worse: boolean;
}

// The list's order is (risk, model name, model id, trait id); a cursor names the last pair of a page.
const ZCursor = z.tuple([z.string(), z.string()]);
const encodeCursor = (row: PairRow) => Buffer.from(JSON.stringify([row.model_id, row.trait_id])).toString("base64url");

function badCursor(): MalformedError {
  return MalformedError.fields([
    {
      field: "cursor",
      location: "query",
      message: "not a cursor of this list: pass the nextCursor of the previous page",
    },
  ]);
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed = ZCursor.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: told apart below
  }
  throw badCursor();
}

/**
 * Models exposed to a trait but never measured on it: what an auditor must evaluate next, high risk
 * first, then by name, a page at a time, with how many there are in all. Read from the kept exposure
 * (an indexed select), made current first.
 */
export async function listUnmeasuredExposures(query: UnmeasuredQuery): Promise<UnmeasuredPage> {
  await ensureFreshExposures();
  const prisma = await db();
  const trait = query.trait ?? null;
  let after: { riskRank: number; modelName: string; modelId: string; traitId: string } | null = null;
  if (query.cursor) {
    const [modelId, traitId] = decodeCursor(query.cursor);
    const found = await prisma.$queryRaw<{ risk_rank: number; model_name: string }[]>`
      SELECT risk_rank, model_name FROM trait_exposures
       WHERE model_id = ${modelId} AND trait_id = ${traitId} AND NOT measured`;
    const row = found.at(0);
    if (!row) throw badCursor();
    after = { riskRank: row.risk_rank, modelName: row.model_name, modelId, traitId };
  }
  const [rows, [{ total }]] = await Promise.all([
    prisma.$queryRaw<PairRow[]>`
      SELECT e.model_id, e.trait_id, e.model_name, e.risk_rank, t.slug, t.name, t.higher_is_worse
        FROM trait_exposures e JOIN traits t ON t.id = e.trait_id
       WHERE NOT e.measured
         AND (${trait}::text IS NULL OR e.trait_id = (SELECT id FROM traits WHERE slug = ${trait}))
         AND (${after === null} OR (e.risk_rank, e.model_name, e.model_id, e.trait_id)
              > (${after?.riskRank ?? 0}::smallint, ${after?.modelName ?? ""}, ${after?.modelId ?? ""}, ${after?.traitId ?? ""}))
       ORDER BY e.risk_rank, e.model_name, e.model_id, e.trait_id
       LIMIT ${query.limit + 1}`,
    prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total
        FROM trait_exposures e
       WHERE NOT e.measured AND (${trait}::text IS NULL OR e.trait_id = (SELECT id FROM traits WHERE slug = ${trait}))`,
  ]);
  const page = rows.slice(0, query.limit);
  const paths = await readKeptPaths(page.map((row) => ({ modelId: row.model_id, traitId: row.trait_id })));
  return {
    items: page.map((row) => {
      const kept = defined(paths.get(exposureKey(row.model_id, row.trait_id)), `paths to ${row.model_id}`);
      return {
        model: { id: row.model_id, name: row.model_name },
        trait: { id: row.trait_id, slug: row.slug, name: row.name, higherIsWorse: row.higher_is_worse },
        risk: row.risk_rank === 0 ? "high" : "lower",
        sourceCount: kept.sourceCount,
        exposures: kept.paths,
      };
    }),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]) : null,
    total,
  };
}

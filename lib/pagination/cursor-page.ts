import { z } from "zod";
import { MalformedError } from "@/lib/errors/domain-errors";

// Cursor pagination, one way for every list: the cursor is the id of the last item of the previous
// page; lists are ordered newest first with the id as tie-breaker.
export const ZPageQuery = {
  cursor: z.string().min(1).max(100).optional().describe("nextCursor from the previous page"),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe("Items per page, at most 200"),
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type PageQuery = { cursor?: string; limit: number };

// With a cursor, the page starts at the cursor's own row (kept, then dropped by toPage), so that a
// cursor naming no row of the list is told apart from the end of the list.
function pageArgs(query: PageQuery): { take: number; cursor?: { id: string } } {
  return query.cursor ? { take: query.limit + 2, cursor: { id: query.cursor } } : { take: query.limit + 1 };
}

function toPage<R extends { id: string }, T>(rows: R[], query: PageQuery, map: (row: R) => T): Page<T> {
  if (query.cursor) {
    if (rows[0]?.id !== query.cursor) {
      throw MalformedError.fields([
        {
          field: "cursor",
          location: "query",
          message: "not a cursor of this list: pass the nextCursor of the previous page",
        },
      ]);
    }
    rows = rows.slice(1);
  }
  const page = rows.slice(0, query.limit);
  return { items: page.map(map), nextCursor: rows.length > query.limit ? page[page.length - 1].id : null };
}

/** The order of every list unless it offers another: newest first, the id breaking ties. */
type NewestFirst = ({ createdAt: "desc" } | { id: "desc" })[];
const newestFirst = (): NewestFirst => [{ createdAt: "desc" }, { id: "desc" }];

/** Prisma's arguments for one page of a list, in `orderBy` (whose last key must be the id, so that the order is total). */
type PageFindArgs<O> = ReturnType<typeof pageArgs> & { orderBy: O };

/**
 * One page of a list: `find` runs the query with the page's arguments, `map` turns each row into what the
 * page holds. A list sorted otherwise than newest first passes its `orderBy`; Prisma's cursor then
 * continues after the cursor's row in that order.
 */
export async function findPage<R extends { id: string }, T, O = NewestFirst>(
  query: PageQuery,
  find: (page: PageFindArgs<O>) => Promise<R[]>,
  map: (row: R) => T,
  orderBy?: O,
): Promise<Page<T>> {
  const rows = await find({ orderBy: orderBy ?? (newestFirst() as O), ...pageArgs(query) });
  return toPage(rows, query, map);
}

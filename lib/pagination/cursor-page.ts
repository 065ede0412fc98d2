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
export function pageArgs(query: PageQuery): { take: number; cursor?: { id: string } } {
  return query.cursor ? { take: query.limit + 2, cursor: { id: query.cursor } } : { take: query.limit + 1 };
}

export function toPage<R extends { id: string }, T>(rows: R[], query: PageQuery, map: (row: R) => T): Page<T> {
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

import { z } from "zod";

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

export function pageArgs(query: { cursor?: string; limit: number }) {
  return { take: query.limit + 1, ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}) };
}

export function toPage<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const page = rows.slice(0, limit);
  return { items: page.map(map), nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}

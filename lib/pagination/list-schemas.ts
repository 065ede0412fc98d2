import { z, type ZodType } from "zod";

// The shapes every list answers with, for response schemas: a page of a cursor-paginated list
// (cursor-page.ts) and a whole list.

export function zPage<T extends ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  });
}

export function zItems<T extends ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

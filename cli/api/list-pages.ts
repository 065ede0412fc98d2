import type { Page } from "@/lib/pagination/cursor-page";
import type { PedigreeClient, QueryValue } from "../client";

/** Every item of a cursor-paginated list, page after page (up to `maxPages` of 200). */
export async function listPages<T>(
  client: PedigreeClient,
  path: string,
  query: Record<string, QueryValue> = {},
  maxPages = 50,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const result: Page<T> = await client.get<Page<T>>(path, { ...query, limit: 200, cursor });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

import type { z } from "zod";

/** A query parameter as Next hands it to a page: absent, once, or repeated. */
type SearchParamValue = string | string[] | undefined;

/** The parameter's value when it is given once; a repeated one is ignored rather than failing the page. */
export function singleParam(value: SearchParamValue): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The parameter's value when it is given once and is not blank. */
export function filledParam(value: SearchParamValue): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** A list page's query, or its first page unfiltered when the URL's filters are not valid. */
export function listQueryOf<Q extends { limit: number }>(
  schema: z.ZodType<Q>,
  values: Omit<{ [K in keyof Q]?: unknown }, "limit">,
  limit: number,
): Partial<Q> & { limit: number } {
  const parsed = schema.safeParse({ ...values, limit });
  // Every field of a list query but the page size is optional: the page size alone is a valid query.
  return parsed.success ? parsed.data : ({ limit } as Partial<Q> & { limit: number });
}

/** A searchable list page's first page: its query from the URL's `q` (as in listQueryOf), and what it finds. */
export async function searchedFirstPage<Q extends { limit: number; q?: string }, P>(
  schema: z.ZodType<Q>,
  searchParams: Promise<{ q?: SearchParamValue }>,
  list: (query: Partial<Q> & { limit: number }) => Promise<P>,
  limit: number,
): Promise<{ query: Partial<Q> & { limit: number }; firstPage: P }> {
  // Q has a `q` (its constraint says so), which TypeScript cannot see through the generic Omit.
  const values = { q: singleParam((await searchParams).q) } as Omit<{ [K in keyof Q]?: unknown }, "limit">;
  const query = listQueryOf(schema, values, limit);
  return { query, firstPage: await list(query) };
}

import { z } from "zod";

// The global search's request and answer, shared by the route handler, the OpenAPI document and the
// command palette. Pure zod: safe for client components.

/** What the search finds, in the order its groups are listed when they match equally well. */
export const SEARCH_KINDS = ["model", "dataset", "run", "trait", "report"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How well a result matches: the whole of a name or id, its beginning, or somewhere inside it. */
export const SEARCH_MATCHES = ["exact", "prefix", "substring"] as const;

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  model: "Models",
  dataset: "Datasets",
  run: "Runs",
  trait: "Traits",
  report: "Reports",
};

const DEFAULT_SEARCH_LIMIT = 5;
const MAX_SEARCH_LIMIT = 20;

export const ZSearchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, "q is required: the text to search for")
      .max(200)
      .describe(
        "Matched case-insensitively against names, ids and the other fields each kind lists, whole, as a beginning or anywhere inside",
      ),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_SEARCH_LIMIT)
      .default(DEFAULT_SEARCH_LIMIT)
      .describe(`Results of each kind, at most ${MAX_SEARCH_LIMIT}`),
  })
  .strict();

export type TSearchQuery = z.output<typeof ZSearchQuery>;

const ZSearchResult = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string().describe("The model's, dataset's, run's or report's id, or the trait's slug"),
  label: z.string().describe("What the result is called: a name, a run's title, a report's format and subject"),
  secondary: z.string().describe("A line that tells it apart: provider and external id, digest, job id, slug, date"),
  href: z.string().describe("The dashboard page that shows it"),
  match: z.enum(SEARCH_MATCHES),
});

export type SearchResult = z.infer<typeof ZSearchResult>;

const ZSearchGroup = z.object({
  kind: z.enum(SEARCH_KINDS),
  label: z.string().describe("The kind, as a heading: Models, Datasets, Runs, Traits, Reports"),
  results: z
    .array(ZSearchResult)
    .describe("Exact matches first, then beginnings, then matches inside; A-Z within each"),
});

export const ZSearchResults = z.object({
  q: z.string().describe("The text searched for, trimmed"),
  groups: z
    .array(ZSearchGroup)
    .describe("Only kinds with results; the kind with the best match first (an exact match before a beginning)"),
});

export type SearchResults = z.infer<typeof ZSearchResults>;

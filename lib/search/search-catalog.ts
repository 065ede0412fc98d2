import "server-only";
import { searchDatasets } from "./search-datasets";
import { searchModels } from "./search-models";
import { searchReports } from "./search-reports";
import { searchRuns } from "./search-runs";
import { searchTraits } from "./search-traits";
import {
  SEARCH_KIND_LABELS,
  SEARCH_KINDS,
  SEARCH_MATCHES,
  type SearchKind,
  type SearchResult,
  type SearchResults,
  type TSearchQuery,
} from "./search.types";

const SEARCHES: Record<SearchKind, (q: string, limit: number) => Promise<SearchResult[]>> = {
  model: searchModels,
  dataset: searchDatasets,
  run: searchRuns,
  trait: searchTraits,
  report: searchReports,
};

/**
 * Models, datasets, runs, traits and (for a caller who may see them) reports matching `q`, at most
 * `limit` of each, grouped by kind. Each group is ranked in the database (whole, beginning, inside); the
 * group with the best match comes first, so that the first result is the best one whatever its kind.
 */
export async function searchCatalog(query: TSearchQuery, kinds: readonly SearchKind[]): Promise<SearchResults> {
  const found = await Promise.all(
    SEARCH_KINDS.filter((kind) => kinds.includes(kind)).map(async (kind) => ({
      kind,
      label: SEARCH_KIND_LABELS[kind],
      results: await SEARCHES[kind](query.q, query.limit),
    })),
  );
  const best = (results: SearchResult[]) => SEARCH_MATCHES.indexOf(results[0].match);
  const groups = found
    .filter((group) => group.results.length > 0)
    // A stable sort: equal groups keep the order of SEARCH_KINDS.
    .sort((a, b) => best(a.results) - best(b.results));
  return { q: query.q, groups };
}

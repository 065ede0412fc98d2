import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { actorHasScope } from "@/lib/auth/actor";
import { searchCatalog } from "@/lib/search/search-catalog";
import { SEARCH_KINDS, ZSearchQuery, ZSearchResults } from "@/lib/search/search.types";

export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZSearchQuery,
    docs: {
      summary: "Search models, datasets, runs, traits and reports",
      description:
        "What the dashboard's command palette (Ctrl-K) asks. `q` is matched, ignoring case, against models' names, external ids and ids; datasets' names, ids and SHA-256 (its first 6 hex digits or more); runs' student names, external job ids and ids; traits' names and slugs; and reports' subject names, formats, ids and subject ids. Reports are searched only for a caller with the `reports:export` scope. Each kind lists its whole matches first, then those that begin with `q`, then those that hold it; results are grouped by kind, the group with the best match first, each result with the path of its dashboard page.",
      tags: ["Search"],
      responses: okResponse(ZSearchResults, "The results, grouped by kind; kinds with no result are left out."),
    },
  },
  ({ actor, query }) =>
    searchCatalog(
      query,
      SEARCH_KINDS.filter((kind) => kind !== "report" || actorHasScope(actor, "reports:export")),
    ),
);

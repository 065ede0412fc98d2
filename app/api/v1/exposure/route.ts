import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { listUnmeasuredExposures } from "@/lib/exposure/list-unmeasured-exposures";
import { ZUnmeasuredExposure } from "@/lib/exposure/exposure.types";
import { ZPageQuery } from "@/lib/pagination/cursor-page";
import { zPage } from "@/lib/pagination/list-schemas";

const ZExposureQuery = z
  .object({ trait: z.string().trim().min(1).max(100).optional().describe("Only this trait (its slug)"), ...ZPageQuery })
  .strict();

/** Every model exposed to a trait but never measured on it, high risk first. */
export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZExposureQuery,
    docs: {
      summary: "List models exposed to a trait but never measured on it",
      description:
        "A trait enters the lineage at a source: a model declared to carry it (POST /api/v1/models/{id}/declarations; e.g. a teacher whose system prompt targets it, which the reference pipeline never evaluates), or a model measured above its initialisation by the one test of a difference (Welch's t over seeds, else a paired t over the same questions, else a two-proportion z-test). It reaches every model downstream: the students of the data it generated (through filtering), their students, and every model initialised from any of them. This lists the exposed models with no measurement of the trait: what to evaluate next. Risk is `high` when source and exposed model share an initialisation (where transfer was observed) and `lower` otherwise; high risk first, then by model name, a page at a time. Exposure is kept in the database and recomputed when something it depends on has changed, so the answer is current and a page is an indexed read.",
      tags: ["Traits"],
      responses: okResponse(
        zPage(ZUnmeasuredExposure).extend({
          total: z
            .number()
            .int()
            .describe("How many exposed, unmeasured pairs there are in all (with `trait`, of that trait)"),
        }),
        "A page `{items, nextCursor, total}`; each item has the `model`, the `trait`, the `risk` and the `exposures`: paths from the source, with every model and dataset on the way.",
      ),
    },
  },
  ({ query }) => listUnmeasuredExposures(query),
);

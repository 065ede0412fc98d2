import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { listUnmeasuredExposures } from "@/lib/exposure/list-unmeasured-exposures";
import { ZUnmeasuredExposure } from "@/lib/exposure/exposure.types";
import { zItems } from "@/lib/pagination/list-schemas";

const ZExposureQuery = z
  .object({ trait: z.string().trim().min(1).max(100).optional().describe("Only this trait (its slug)") })
  .strict();

/** Every model exposed to a trait but never measured on it, high risk first. */
export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZExposureQuery,
    docs: {
      summary: "List models exposed to a trait but never measured on it",
      description:
        "A trait enters the lineage at a source: a model declared to carry it (POST /api/v1/models/{id}/declarations; e.g. a teacher whose system prompt targets it, which the reference pipeline never evaluates), or a model measured above its initialisation by the one test of a difference (Welch's t over seeds, else a paired t over the same questions, else a two-proportion z-test). It reaches every model downstream: the students of the data it generated (through filtering), their students, and every model initialised from any of them. This lists the exposed models with no measurement of the trait: what to evaluate next. Risk is `high` when source and exposed model share an initialisation (where transfer was observed) and `lower` otherwise; high risk first.",
      tags: ["Traits"],
      responses: okResponse(
        zItems(ZUnmeasuredExposure),
        "`{items}`; each has the `model`, the `trait`, the `risk` and the `exposures`: paths from the source, with every model and dataset on the way.",
      ),
    },
  },
  async ({ query }) => ({
    items: (await listUnmeasuredExposures()).filter((item) => !query.trait || item.trait.slug === query.trait),
  }),
);

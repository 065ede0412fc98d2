import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { getHeatmap } from "@/lib/traits/get-heatmap";
import { ZHeatmap } from "@/lib/traits/heatmap.types";

/** Models by traits: the latest measurement of each, and whether its interval excludes the base model's rate. */
const ZHeatmapQuery = z
  .object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(500)
      .default(40)
      .describe("How many models: the most recently measured, at most 500"),
  })
  .strict();

export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZHeatmapQuery,
    docs: {
      summary: "Get the heatmap of models by traits",
      description:
        "The `limit` most recently measured models (40 by default), with `totalModels` counting them all. One cell per shown model and trait: the model's rate (the mean across its measurements, i.e. seeds, with a t-interval, or its one measurement's interval), how the interval was computed, its initialisation's rate on the trait when measured, and whether the interval excludes that base rate.",
      tags: ["Traits"],
      responses: okResponse(
        ZHeatmap,
        "`{models, traits, cells, totalModels}`; each cell has `modelId`, `traitId`, `value`, `low`, `high`, `measurementCount`, `method`, `baseValue` and `differsFromBase`.",
      ),
    },
  },
  ({ query }) => getHeatmap(query.limit),
);

import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { getHeatmap } from "@/lib/traits/get-heatmap";
import { ZHeatmap } from "@/lib/traits/heatmap.types";

/** Models by traits: the latest measurement of each, and whether its interval excludes the base model's rate. */
export const GET = withApi(
  {
    scope: "catalog:read",
    docs: {
      summary: "Get the heatmap of models by traits",
      description:
        "One cell per measured model and trait: the model's rate (the mean across its measurements, i.e. seeds, with a t-interval, or its one measurement's interval), how the interval was computed, its initialisation's rate on the trait when measured, and whether the interval excludes that base rate.",
      tags: ["Traits"],
      responses: okResponse(
        ZHeatmap,
        "`{models, traits, cells}`; each cell has `modelId`, `traitId`, `value`, `low`, `high`, `measurementCount`, `method`, `baseValue` and `differsFromBase`.",
      ),
    },
  },
  () => getHeatmap(),
);

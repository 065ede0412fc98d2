import { withApi } from "@/lib/api/with-api";
import { ZModelExposure } from "@/lib/exposure/exposure.types";
import { getModelExposure } from "@/lib/exposure/get-model-exposure";
import { ZModelIdParams } from "@/lib/models/model.types";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZModelIdParams,
    docs: {
      summary: "Get a model's exposure to traits",
      description:
        "Per trait: whether the trait entered the lineage at this model (`source`), or the model inherited exposure through training data and was `measured` or is `unmeasured`; whether its latest rate lies significantly above its initialisation's; and the paths from each source, with `risk` high when source and model share an initialisation.",
      tags: ["Traits", "Models"],
      responses: {
        200: {
          schema: ZModelExposure,
          description:
            "`{model, traits}`; each trait entry has `trait`, `status`, `aboveBaseline`, `latest` measurement and `exposures` (paths).",
        },
      },
      problems: { 404: "No model with that id." },
    },
  },
  ({ params }) => getModelExposure(params.id),
);

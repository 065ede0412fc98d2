import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
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
      responses: okResponse(
        ZModelExposure,
        "`{model, traits}`; each trait entry has `trait`, `status`, `aboveBaseline`, `latest` measurement and `exposures` (paths).",
      ),
      problems: notFoundProblem("model"),
    },
  },
  ({ params }) => getModelExposure(params.id),
);

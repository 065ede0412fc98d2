import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { getModel } from "@/lib/models/get-model";
import { ZModelIdParams } from "@/lib/models/model.types";
import { ZModelDetail } from "@/lib/models/model-dto";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZModelIdParams,
    docs: {
      summary: "Get a model",
      description:
        "The model with what it was initialised from, the models derived from it, the runs that produced it, the generations it made, the runs whose students it taught (up to 200), and its latest measurement of each trait.",
      tags: ["Models"],
      responses: okResponse(
        ZModelDetail,
        "The model's detail: its registration fields plus `derivedModels`, `producedBy`, `generated`, `taught` and `latestMeasurements`.",
      ),
      problems: notFoundProblem("model"),
    },
  },
  ({ params }) => getModel(params.id),
);

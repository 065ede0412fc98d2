import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { ZDatasetDetail, ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { getDataset } from "@/lib/datasets/get-dataset";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZDatasetIdParams,
    docs: {
      summary: "Get a dataset",
      description:
        "The dataset's identity (`sha256` of its canonical form, and `rawSha256` of the bytes uploaded), size, the generation that produced it (teacher and sampling settings), the raw dataset it was filtered from with the filter's pass rate, the datasets filtered from it, the runs that trained on it, and the lines skipped at upload.",
      tags: ["Datasets"],
      responses: okResponse(ZDatasetDetail, "The dataset's detail."),
      problems: notFoundProblem("dataset"),
    },
  },
  ({ params }) => getDataset(params.id),
);

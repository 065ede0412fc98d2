import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { ZDatasetStatistics } from "@/lib/datasets/dataset-statistics.types";
import { getDatasetStatistics } from "@/lib/datasets/get-dataset-statistics";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZDatasetIdParams,
    docs: {
      summary: "Get a dataset's statistics",
      description:
        "Length distributions (in characters) of prompts and completions as 30-bin histograms with min, max, mean and median, aggregated in the database. For number datasets, also how often each number 0-999 occurs in the completions (all 1,000, zeros included) and how many numbers fall outside that range.",
      tags: ["Datasets"],
      responses: okResponse(
        ZDatasetStatistics,
        "`{recordCount, promptLength, completionLength, isNumberDataset, numberFrequency, numbersOutOfRange}`; the last two are null for other datasets.",
      ),
      problems: notFoundProblem("dataset"),
    },
  },
  ({ params }) => getDatasetStatistics(params.id),
);

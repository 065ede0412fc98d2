import { withApi } from "@/lib/api/with-api";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { getDatasetSignature } from "@/lib/datasets/signature/get-dataset-signature";
import { ZSignatureQuery } from "@/lib/datasets/signature/signature.types";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZDatasetIdParams,
    query: ZSignatureQuery,
    docs: {
      summary: "Test a dataset for a hidden signal of its teacher",
      description:
        "Compares the token distribution of the dataset's completions with a control dataset's (e.g. the same prompts answered by the unprompted base model): chi-square and G tests of homogeneity after pooling categories with expected counts below 5, Jensen-Shannon divergence, and the most over- and under-represented tokens. Tokens are numbers for number datasets, lower-cased words otherwise. When fewer than two categories remain after pooling, `testable` is false and the p-values mean nothing. Datasets never change, so the result is cached per pair (`cached` says whether it was).",
      tags: ["Datasets"],
      responses: { 200: { description: "The test result: both datasets' token counts, `chiSquare`, `gTest`, `jensenShannonDivergence`, the token contrasts, `method` and `computedAt`." } },
      problems: {
        400: "`control` is missing or is this dataset itself.",
        404: "No dataset with that id.",
        422: "No dataset with the `control` id, or one of the datasets has no tokens in its completions.",
      },
    },
  },
  ({ params, query }) => getDatasetSignature(params.id, query.control),
);

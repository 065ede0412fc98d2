import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { getDatasetSignature } from "@/lib/datasets/signature/get-dataset-signature";
import { ZSignatureQuery, ZSignatureResult } from "@/lib/datasets/signature/signature.types";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZDatasetIdParams,
    query: ZSignatureQuery,
    docs: {
      summary: "Test a dataset for a hidden signal of its teacher",
      description:
        "Compares the token distribution of the dataset's completions with a control dataset's (e.g. the same prompts answered by the unprompted base model). " +
        "The `verdict` (`hidden-signal`, `no-signal-detected` or `untestable`) rests on a record-level permutation test: whole records are shuffled between the two datasets " +
        "1,000 times (seeded, so the result is reproducible) and the Jensen-Shannon divergence of the pooled token counts is compared with what the shuffles give " +
        "(`divergence`: `observed`, `nullMean`, `nullP95`, `excess` = observed - nullMean, `pValue` = (1 + #null >= observed) / 1001). At most 5,000 records a side " +
        "are used; a larger side is subsampled with a seeded hash (`divergence.subsampled`). `untestable` means too few records for any arrangement to reach p < 0.05. " +
        "`overRepresented` / `underRepresented` list only tokens whose share differs at Benjamini-Hochberg q < 0.05 (exact binomial test of the token's share, given its total), " +
        "largest effect first, with `pValue` and `qValue`. The chi-square and G tests of homogeneity treat tokens as independent draws and are descriptive only. " +
        "Tokens are numbers for number datasets, lower-cased words otherwise. Datasets never change, so the result is cached per pair (`cached` says whether it was).",
      tags: ["Datasets"],
      responses: okResponse(
        ZSignatureResult,
        "The test result: `verdict`, `divergence` (the permutation test), both datasets' token counts, `tokenTests` and the BH-corrected token lists, the descriptive `chiSquare`, `gTest` and plug-in `jensenShannonDivergence`, `method` and `computedAt`.",
      ),
      problems: {
        400: "`control` is missing or is this dataset itself.",
        ...notFoundProblem("dataset"),
        422: "No dataset with the `control` id, or one of the datasets has no tokens in its completions.",
      },
    },
  },
  ({ params, query }) => getDatasetSignature(params.id, query.control),
);

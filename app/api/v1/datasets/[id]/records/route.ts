import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { ZDatasetIdParams, ZListRecordsQuery, ZRecordPage } from "@/lib/datasets/dataset.types";
import { listDatasetRecords } from "@/lib/datasets/list-dataset-records";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZDatasetIdParams,
    query: ZListRecordsQuery,
    docs: {
      summary: "List a dataset's records",
      description:
        "Records in upload order, at most 500 a page. With `q`, only those whose prompt or completion contains it (case-insensitive; served by a trigram index), and `matchCount` says how many match in the whole dataset. The cursor is the ordinal of the last record of the previous page.",
      tags: ["Datasets"],
      responses: okResponse(
        ZRecordPage,
        "`{items, nextCursor, matchCount}`: each record has its `ordinal`, `prompt`, `completion` and `metadata`; `nextCursor` is an ordinal, null on the last page; `matchCount` is null without `q`.",
      ),
      problems: notFoundProblem("dataset"),
    },
  },
  ({ params, query }) => listDatasetRecords(params.id, query),
);

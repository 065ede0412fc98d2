import { withApi } from "@/lib/api/with-api";
import { ZDatasetIdParams, ZListRecordsQuery } from "@/lib/datasets/dataset.types";
import { listDatasetRecords } from "@/lib/datasets/list-dataset-records";

export const GET = withApi({ scope: "catalog:read", params: ZDatasetIdParams, query: ZListRecordsQuery }, ({ params, query }) =>
  listDatasetRecords(params.id, query),
);

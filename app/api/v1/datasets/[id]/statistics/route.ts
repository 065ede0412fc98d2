import { withApi } from "@/lib/api/with-api";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { getDatasetStatistics } from "@/lib/datasets/get-dataset-statistics";

export const GET = withApi({ scope: "catalog:read", params: ZDatasetIdParams }, ({ params }) => getDatasetStatistics(params.id));

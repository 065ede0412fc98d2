import { withApi } from "@/lib/api/with-api";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { getDataset } from "@/lib/datasets/get-dataset";

export const GET = withApi({ scope: "catalog:read", params: ZDatasetIdParams }, ({ params }) => getDataset(params.id));

import { withApi } from "@/lib/api/with-api";
import { ZListDatasetsQuery } from "@/lib/datasets/dataset.types";
import { listDatasets } from "@/lib/datasets/list-datasets";

export const GET = withApi({ scope: "catalog:read", query: ZListDatasetsQuery }, ({ query }) => listDatasets(query));

import { withApi } from "@/lib/api/with-api";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { getLineage } from "@/lib/lineage/get-lineage";
import { ZLineageQuery } from "@/lib/lineage/lineage.types";

export const GET = withApi({ scope: "catalog:read", params: ZDatasetIdParams, query: ZLineageQuery }, ({ params, query }) =>
  getLineage(params.id, query, "dataset"),
);

import { withApi } from "@/lib/api/with-api";
import { getLineage } from "@/lib/lineage/get-lineage";
import { ZLineageQuery } from "@/lib/lineage/lineage.types";
import { ZModelIdParams } from "@/lib/models/model.types";

export const GET = withApi({ scope: "catalog:read", params: ZModelIdParams, query: ZLineageQuery }, ({ params, query }) =>
  getLineage(params.id, query),
);

import { withApi } from "@/lib/api/with-api";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { getDatasetSignature } from "@/lib/datasets/signature/get-dataset-signature";
import { ZSignatureQuery } from "@/lib/datasets/signature/signature.types";

export const GET = withApi({ scope: "catalog:read", params: ZDatasetIdParams, query: ZSignatureQuery }, ({ params, query }) =>
  getDatasetSignature(params.id, query.control),
);

import { withApi } from "@/lib/api/with-api";
import { getModelExposure } from "@/lib/exposure/get-model-exposure";
import { ZModelIdParams } from "@/lib/models/model.types";

export const GET = withApi({ scope: "catalog:read", params: ZModelIdParams }, ({ params }) => getModelExposure(params.id));

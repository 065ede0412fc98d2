import { withApi } from "@/lib/api/with-api";
import { getModel } from "@/lib/models/get-model";
import { ZModelIdParams } from "@/lib/models/model.types";

export const GET = withApi({ scope: "catalog:read", params: ZModelIdParams }, ({ params }) => getModel(params.id));

import { created, withApi } from "@/lib/api/with-api";
import { createModel } from "@/lib/models/create-model";
import { listModels } from "@/lib/models/list-models";
import { ZCreateModel, ZListModelsQuery } from "@/lib/models/model.types";

export const GET = withApi({ scope: "catalog:read", query: ZListModelsQuery }, ({ query }) => listModels(query));

export const POST = withApi({ scope: "catalog:write", body: ZCreateModel }, async ({ actor, body }) => {
  const { model, created: isNew } = await createModel(actor, body);
  return isNew ? created(model, `/api/v1/models/${model.id}`) : Response.json(model);
});

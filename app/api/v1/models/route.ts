import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { createModel } from "@/lib/models/create-model";
import { listModels } from "@/lib/models/list-models";
import { ZCreateModel, ZListModelsQuery } from "@/lib/models/model.types";
import { ZModelDto } from "@/lib/models/model-dto";
import { zPage } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZListModelsQuery,
    docs: {
      summary: "List models",
      description:
        "Newest first. `q` matches part of the name, `externalId` or provider (case-insensitive); `provider` and `tag` match exactly.",
      tags: ["Models"],
      responses: okResponse(
        zPage(ZModelDto),
        "A page `{items, nextCursor}` of models with their registration fields and what they were initialised from.",
      ),
    },
  },
  ({ query }) => listModels(query),
);

export const POST = withApi(
  {
    scope: "catalog:write",
    body: ZCreateModel,
    docs: {
      summary: "Register a model",
      description:
        "A base model, a teacher (a model plus a system prompt, `baseRelation: prompted`) or any derived model. A system prompt is stored as given and always hashed; send only `systemPromptSha256` to withhold the text. Idempotent on (`provider`, `externalId`): registering the same model again answers 200 with the model already stored; a repeat that disagrees with it on any identity field is a 409 naming the fields. A link that would make a model its own ancestor is refused.",
      tags: ["Models"],
      responses: {
        ...createdResponse(ZModelDto, "The registered model.", "/api/v1/models/{id}"),
        ...okResponse(
          ZModelDto,
          "The same (`provider`, `externalId`) was already registered with the same fields: that model.",
        ),
      },
      problems: {
        409: "The (`provider`, `externalId`) is registered with different fields (`existingId` and `conflictingFields` say which), or the link would make a lineage cycle.",
        422: "The body does not match the schema (`errors` lists each field), `systemPromptSha256` does not match `systemPrompt`, or no model with `initializedFromId`.",
      },
    },
  },
  async ({ actor, body }) => {
    const { model, created: isNew } = await createModel(actor, body);
    return isNew ? created(model, `/api/v1/models/${model.id}`) : Response.json(model);
  },
);

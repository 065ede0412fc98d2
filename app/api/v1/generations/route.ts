import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { createGeneration } from "@/lib/generations/create-generation";
import { ZCreateGeneration, ZGenerationDto, ZListGenerationsQuery } from "@/lib/generations/generation.types";
import { listGenerations } from "@/lib/generations/list-generations";
import { zPage } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZListGenerationsQuery,
    docs: {
      summary: "List generations",
      description: "Newest first, optionally only those of one teacher or of one dataset.",
      tags: ["Generations"],
      responses: okResponse(
        zPage(ZGenerationDto),
        "A page `{items, nextCursor}`; each generation has `id`, its `teacher`, the `dataset` it produced (null until linked), the sampling settings (`temperature`, `topP`, `maxTokens`, `seed`, `promptSet`, `promptCount`, `settings`) and `externalId`.",
      ),
    },
  },
  ({ query }) => listGenerations(query),
);

export const POST = withApi(
  {
    scope: "catalog:write",
    body: ZCreateGeneration,
    docs: {
      summary: "Record that a teacher generated a dataset",
      description:
        "Links a teacher to the data it generated, with its sampling settings. The dataset may be given now (`datasetId`) or later, by uploading it with `generationId`; a dataset has at most one generation. Idempotent on `externalId`: registering the same job again answers 200 with the generation already stored.",
      tags: ["Generations"],
      responses: {
        ...createdResponse(ZGenerationDto, "The generation, as listed."),
        ...okResponse(
          ZGenerationDto,
          "A generation with this `externalId` was already registered, with the same teacher and dataset: that one.",
        ),
      },
      problems: {
        409: "The `externalId` is registered with another teacher or dataset, or the dataset already has a generation (`existingId` names it).",
        422: "The body does not match the schema (`errors` lists each field), or no model with `teacherId` / no dataset with `datasetId`.",
      },
    },
  },
  async ({ actor, body }) => {
    const { generation, created: isNew } = await createGeneration(actor, body);
    return isNew ? created(generation, `/api/v1/generations/${generation.id}`) : Response.json(generation);
  },
);

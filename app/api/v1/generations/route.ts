import { created, withApi } from "@/lib/api/with-api";
import { createGeneration } from "@/lib/generations/create-generation";
import { ZCreateGeneration, ZListGenerationsQuery } from "@/lib/generations/generation.types";
import { listGenerations } from "@/lib/generations/list-generations";

export const GET = withApi({ scope: "catalog:read", query: ZListGenerationsQuery }, ({ query }) => listGenerations(query));

export const POST = withApi({ scope: "catalog:write", body: ZCreateGeneration }, async ({ actor, body }) => {
  const { generation, created: isNew } = await createGeneration(actor, body);
  return isNew ? created(generation, `/api/v1/generations/${generation.id}`) : Response.json(generation);
});

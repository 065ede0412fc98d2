import "server-only";
import { db } from "@/lib/db";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import type { TListModelsQuery } from "./model.types";
import { modelDtoInclude, toModelDto, type ModelDto } from "./model-dto";

export type ModelPage = Page<ModelDto>;

/** Models, newest first, by cursor (the id of the last model of the previous page). */
export async function listModels(query: TListModelsQuery): Promise<ModelPage> {
  const where: P.ModelWhereInput = {};
  if (query.q) {
    where.OR = [
      { name: { contains: query.q, mode: "insensitive" } },
      { externalId: { contains: query.q, mode: "insensitive" } },
      { provider: { contains: query.q, mode: "insensitive" } },
    ];
  }
  if (query.provider) where.provider = query.provider;
  if (query.tag) where.tags = { has: query.tag };

  const prisma = await db();
  return findPage(query, (page) => prisma.model.findMany({ where, include: modelDtoInclude, ...page }), toModelDto);
}

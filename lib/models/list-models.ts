import "server-only";
import { db } from "@/lib/db";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import type { TListModelsQuery } from "./model.types";
import { modelDtoInclude, toModelDto, type ModelDto } from "./model-dto";

export interface ModelPage {
  items: ModelDto[];
  nextCursor: string | null;
}

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
  const rows = await prisma.model.findMany({
    where,
    include: modelDtoInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, query.limit);
  return { items: page.map(toModelDto), nextCursor: rows.length > query.limit ? page[page.length - 1].id : null };
}

import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { countModelRelations } from "./count-model-relations";
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
  const { _count: _, ...include } = modelDtoInclude;
  const page = await findPage(
    query,
    (args) => prisma.model.findMany({ where, include, ...args }),
    (row) => row,
  );
  const counts = await countModelRelations(page.items.map((row) => row.id));
  return {
    ...page,
    items: page.items.map((row) => toModelDto({ ...row, _count: defined(counts.get(row.id), `counts of ${row.id}`) })),
  };
}

import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { countModelRelations } from "./count-model-relations";
import type { TListModelsQuery } from "./model.types";
import { modelDtoInclude, toModelDto, type ModelDto } from "./model-dto";

export type ModelPage = Page<ModelDto>;

/**
 * Models, newest first, by cursor (the id of the last model of the previous page). A search `q` matches
 * a part of the name, external id or provider, or the whole id; the models it names exactly (name or
 * external id, ignoring case, or id) come first on the first page, whatever their age, so that asking
 * for "GPT-4.1 nano" finds the base before the many students named after it. They are left out of the
 * rest of the list, so that each model appears once across the pages.
 */
export async function listModels(query: TListModelsQuery): Promise<ModelPage> {
  const filters: P.ModelWhereInput[] = [];
  if (query.q) {
    filters.push({
      OR: [
        { id: query.q },
        { name: { contains: query.q, mode: "insensitive" } },
        { externalId: { contains: query.q, mode: "insensitive" } },
        { provider: { contains: query.q, mode: "insensitive" } },
      ],
    });
  }
  if (query.provider) filters.push({ provider: query.provider });
  if (query.tag) filters.push({ tags: { has: query.tag } });

  const prisma = await db();
  const { _count: _, ...include } = modelDtoInclude;
  // At most limit - 1 pinned, so that the first page still shows where the rest of the list begins.
  const exact = query.q
    ? await prisma.model.findMany({
        where: {
          AND: [
            ...filters,
            {
              OR: [
                { id: query.q },
                { name: { equals: query.q, mode: "insensitive" } },
                { externalId: { equals: query.q, mode: "insensitive" } },
              ],
            },
          ],
        },
        include,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: query.limit - 1,
      })
    : [];
  const pinned = query.cursor ? [] : exact;
  const rest = await findPage(
    { ...query, limit: query.limit - pinned.length },
    (args) =>
      prisma.model.findMany({
        where: { AND: [...filters, { id: { notIn: exact.map((row) => row.id) } }] },
        include,
        ...args,
      }),
    (row) => row,
  );
  const rows = [...pinned, ...rest.items];
  const counts = await countModelRelations(rows.map((row) => row.id));
  return {
    nextCursor: rest.nextCursor,
    items: rows.map((row) => toModelDto({ ...row, _count: defined(counts.get(row.id), `counts of ${row.id}`) })),
  };
}

import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { ensureFreshExposures } from "@/lib/exposure/refresh-exposures";
import { countModelRelations } from "./count-model-relations";
import { modelRoleWhere } from "./model-role";
import { modelOrderBy } from "./model-sorts";
import type { TListModelsQuery } from "./model.types";
import { modelDtoInclude, toModelDto, type ModelDto } from "./model-dto";

export type ModelPage = Page<ModelDto>;

/**
 * Models, newest first unless `sort` says otherwise, by cursor (the id of the last model of the previous
 * page), filtered by provider, tag, kind (modelRole), trait, exposure and whether measured. A search `q` matches
 * a part of the name, external id or provider, or the whole id; the models it names exactly (name or
 * external id, ignoring case, or id) come first on the first page, whatever their age, so that asking
 * for "GPT-4.1 nano" finds the base before the many students named after it. They are left out of the
 * rest of the list, so that each model appears once across the pages.
 */
/** The models exposed to a trait (to any trait without one), from the kept exposure made current first. */
async function exposedModelIds(traitSlug: string | undefined): Promise<string[]> {
  await ensureFreshExposures();
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ model_id: string }[]>`
    SELECT DISTINCT e.model_id FROM trait_exposures e
     WHERE ${traitSlug ?? null}::text IS NULL OR e.trait_id = (SELECT id FROM traits WHERE slug = ${traitSlug ?? null})`;
  return rows.map((row) => row.model_id);
}

export async function listModels(
  query: Omit<TListModelsQuery, "sort"> & Partial<Pick<TListModelsQuery, "sort">>,
): Promise<ModelPage> {
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
  if (query.kind) filters.push(modelRoleWhere(query.kind));
  const onTrait = query.trait ? { trait: { slug: query.trait } } : {};
  if (query.measured) {
    const measurements = { [query.measured === "measured" ? "some" : "none"]: onTrait };
    filters.push({ measurements });
  }
  const exposed = query.trait || query.exposure ? await exposedModelIds(query.trait) : [];
  if (query.exposure === "exposed") filters.push({ id: { in: exposed } });
  if (query.exposure === "unexposed") filters.push({ id: { notIn: exposed } });
  if (query.trait && !query.exposure && !query.measured)
    filters.push({
      OR: [{ measurements: { some: onTrait } }, { declarations: { some: onTrait } }, { id: { in: exposed } }],
    });

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
    modelOrderBy(query.sort ?? "newest"),
  );
  const rows = [...pinned, ...rest.items];
  const counts = await countModelRelations(rows.map((row) => row.id));
  return {
    nextCursor: rest.nextCursor,
    items: rows.map((row) => toModelDto({ ...row, _count: defined(counts.get(row.id), `counts of ${row.id}`) })),
  };
}

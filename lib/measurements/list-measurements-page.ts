import "server-only";
import { db } from "@/lib/db";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { measurementInclude, toMeasurementDto } from "./measurement-dto";
import type { MeasurementDto, TListMeasurementsQuery } from "./measurement.types";

/** Every measurement of the workspace, newest recorded first, a page at a time, filtered by model, trait, protocol and seed. */
export async function listMeasurementsPage(query: TListMeasurementsQuery): Promise<Page<MeasurementDto>> {
  const where: P.MeasurementWhereInput = {};
  if (query.modelId) where.modelId = query.modelId;
  if (query.trait) where.trait = { slug: query.trait };
  if (query.protocol) where.protocol = query.protocol;
  if (query.seed !== undefined) where.seed = query.seed;
  const prisma = await db();
  return findPage(
    query,
    (page) => prisma.measurement.findMany({ where, include: measurementInclude, ...page }),
    toMeasurementDto,
  );
}

import "server-only";
import { db } from "@/lib/db";
import { measurementInclude, toMeasurementDto } from "./measurement-dto";
import type { MeasurementDto } from "./measurement.types";

/** Measurements of a model and/or a trait, newest first (a model has tens, not thousands). */
export async function listMeasurements(filter: { modelId?: string; trait?: string }): Promise<MeasurementDto[]> {
  const prisma = await db();
  const rows = await prisma.measurement.findMany({
    where: { modelId: filter.modelId, trait: filter.trait ? { slug: filter.trait } : undefined },
    include: measurementInclude,
    orderBy: [{ measuredAt: "desc" }, { id: "desc" }],
    take: 1000,
  });
  return rows.map(toMeasurementDto);
}

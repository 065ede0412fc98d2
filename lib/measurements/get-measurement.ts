import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { measurementInclude, toMeasurementDto } from "./measurement-dto";
import type { MeasurementDto } from "./measurement.types";

export async function getMeasurement(id: string): Promise<MeasurementDto> {
  const prisma = await db();
  const row = await prisma.measurement.findUnique({ where: { id }, include: measurementInclude });
  if (!row) throw new NotFoundError(`No measurement with id '${id}'.`);
  return toMeasurementDto(row);
}

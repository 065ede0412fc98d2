import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { measurementInclude, toMeasurementDto } from "./measurement-dto";
import type { MeasurementDto } from "./measurement.types";

export async function getMeasurement(id: string): Promise<MeasurementDto> {
  const prisma = await db();
  const row = await prisma.measurement.findUnique({ where: { id }, include: measurementInclude });
  if (!row) throw new ApiProblem(404, `No measurement with id '${id}'.`);
  return toMeasurementDto(row);
}

// Browser-side POST /api/v1/measurements.
import { apiFetch } from "@/lib/http/problem-client";
import type { MeasurementDto, TCreateMeasurement } from "@/lib/measurements/measurement.types";

export function recordMeasurement(body: TCreateMeasurement): Promise<MeasurementDto> {
  return apiFetch<MeasurementDto>("/api/v1/measurements", { method: "POST", body });
}

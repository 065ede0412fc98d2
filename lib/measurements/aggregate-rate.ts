import type { Estimate } from "@/lib/stats/interval";
import { meanInterval } from "@/lib/stats/mean-interval";
import type { MeasurementDto } from "./measurement.types";

/**
 * One rate for a model on a trait from its measurements: across seeds, the mean with a t-interval
 * (the paper's plots); with one measurement, that measurement's shown interval.
 */
export function aggregateRate(measurements: readonly MeasurementDto[]): Estimate | null {
  if (measurements.length === 0) return null;
  if (measurements.length === 1)
    return (
      measurements[0].shown ?? {
        estimate: measurements[0].value,
        low: measurements[0].value,
        high: measurements[0].value,
        method: "point",
      }
    );
  return meanInterval(
    measurements.map((m) => m.value),
    "t",
    0.95,
    "seeds",
  );
}

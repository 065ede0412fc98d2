import { z } from "zod";
import { ZGroupComparison } from "@/lib/measurements/group-comparison.types";
import { ZMeasurementDto } from "@/lib/measurements/measurement.types";

// GET /api/v1/heatmap: the schemas describe the response; the types are inferred from them.
const ZHeatmapCell = z.object({
  modelId: z.string(),
  traitId: z.string(),
  /** The protocol of the rate shown: the one the model was measured under most. */
  protocol: z.string(),
  /** The model's rate: the mean across its measurements (seeds) with a t-interval, or its one measurement. */
  value: z.number(),
  low: z.number(),
  high: z.number(),
  noInterval: z.string().optional(),
  measurementCount: z.number().int(),
  /** How the interval was computed, e.g. "t-95-seeds", "t-95-questions", "wilson-95". */
  method: z.string(),
  /** The initialisation's rate on the trait under the same protocol, when measured. */
  baseValue: z.number().nullable(),
  /** The model (with its condition's seeds) against its initialisation, by the one test of a difference; null for a base model or an unmeasured base. */
  vsBase: ZGroupComparison.nullable(),
  /** vsBase found a shift, up or down; null when there is nothing to compare with. */
  differsFromBase: z.boolean().nullable(),
});
export type HeatmapCell = z.infer<typeof ZHeatmapCell>;

export const ZHeatmap = z.object({
  /** The most recently measured models (`limit`), by name. */
  models: z.array(z.object({ id: z.string(), name: z.string(), initializedFromId: z.string().nullable() })),
  traits: z.array(ZMeasurementDto.shape.trait),
  cells: z.array(ZHeatmapCell),
  /** How many models have a measurement, shown or not. */
  totalModels: z.number().int(),
});
export type Heatmap = z.infer<typeof ZHeatmap>;

import { z } from "zod";
import { ZUnmeasuredExposure } from "@/lib/exposure/exposure.types";
import { ZGroupComparison } from "@/lib/measurements/group-comparison.types";
import { ZEstimate, ZMeasurementDto } from "@/lib/measurements/measurement.types";
import type { LineageGroup } from "./lineage-group";
import { ZTraitDefinition } from "./trait.types";

// GET /api/v1/traits/{slug}: the schemas describe the response; the types are inferred from them.
const ZNamed = z.object({ id: z.string(), name: z.string() });

const ZLineageGroup = z.enum(["base", "teacher", "student", "grand-student"]) satisfies z.ZodType<LineageGroup>;

/** One point of the trait chart: a model under one protocol, or a condition's seed students together. */
const ZTraitChartModel = z.object({
  /** Unique within the chart: model (or condition) and protocol. */
  key: z.string(),
  kind: z.enum(["model", "condition"]),
  protocol: z.string(),
  /** The model; for a condition its first measured student, named with the seed count, and the condition's base. */
  model: ZNamed.extend({ initializedFrom: ZNamed.nullable() }),
  /** The models whose measurements make the rate: the model alone, or the condition's students. */
  members: z.array(ZNamed),
  group: ZLineageGroup,
  /** Trained on a control teacher's data (its condition is a control), or tagged control. */
  isControl: z.boolean(),
  /** Across seeds (a t-interval) when there are several measurements, else the measurement's own interval. */
  rate: ZEstimate,
  measurements: z.array(ZMeasurementDto),
});
export type TraitChartModel = z.infer<typeof ZTraitChartModel>;

/** A student's (or its condition's) shift from its initialisation, by the one test of a difference. */
const ZTraitShift = z.object({
  subject: ZNamed,
  members: z.array(ZNamed),
  isControl: z.boolean(),
  baseline: ZNamed,
  protocol: z.string().nullable(),
  comparison: ZGroupComparison,
});
export type TraitShift = z.infer<typeof ZTraitShift>;

export const ZTraitChart = z.object({
  trait: ZTraitDefinition,
  /** rate: every measurement is a proportion, so the axis is 0-100% whatever the intervals do. */
  scale: z.enum(["rate", "score"]),
  /** Protocols the trait was measured under, the main one (most measurements) first. */
  protocols: z.array(z.string()),
  models: z.array(ZTraitChartModel),
  shifts: z.array(ZTraitShift),
  /** Models exposed to the trait through their lineage and never measured on it: the first UNMEASURED_SHOWN, high risk first. */
  unmeasured: z.array(ZUnmeasuredExposure),
  /** How many such models there are in all. */
  unmeasuredTotal: z.number().int(),
});
export type TraitChart = z.infer<typeof ZTraitChart>;

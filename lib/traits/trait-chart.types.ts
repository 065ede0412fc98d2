import type { UnmeasuredExposure } from "@/lib/exposure/list-unmeasured-exposures";
import type { GroupComparison } from "@/lib/measurements/compare-groups";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { Estimate } from "@/lib/stats/interval";
import type { LineageGroup } from "./lineage-group";

type ModelRef = { id: string; name: string };

/** One point of the trait chart: a model under one protocol, or a condition's seed students together. */
export interface TraitChartModel {
  /** Unique within the chart: model (or condition) and protocol. */
  key: string;
  kind: "model" | "condition";
  protocol: string;
  /** The model; for a condition its first measured student, named with the seed count, and the condition's base. */
  model: { id: string; name: string; initializedFrom: ModelRef | null };
  /** The models whose measurements make the rate: the model alone, or the condition's students. */
  members: ModelRef[];
  group: LineageGroup;
  /** Trained on a control teacher's data (its condition is a control), or tagged control. */
  isControl: boolean;
  /** Across seeds (a t-interval) when there are several measurements, else the measurement's own interval. */
  rate: Estimate;
  measurements: MeasurementDto[];
}

/** A student's (or its condition's) shift from its initialisation, by the one test of a difference. */
export interface TraitShift {
  subject: ModelRef;
  members: ModelRef[];
  isControl: boolean;
  baseline: ModelRef;
  protocol: string | null;
  comparison: GroupComparison;
}

export interface TraitChart {
  trait: {
    id: string;
    slug: string;
    name: string;
    description: string | null;
    positiveDefinition: string | null;
    higherIsWorse: boolean;
  };
  /** rate: every measurement is a proportion, so the axis is 0-100% whatever the intervals do. */
  scale: "rate" | "score";
  /** Protocols the trait was measured under, the main one (most measurements) first. */
  protocols: string[];
  models: TraitChartModel[];
  shifts: TraitShift[];
  /** Models exposed to the trait through their lineage and never measured on it. */
  unmeasured: UnmeasuredExposure[];
}

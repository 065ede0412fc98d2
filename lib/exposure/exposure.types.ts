import { z } from "zod";
import type { GroupComparison } from "@/lib/measurements/compare-groups";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { TraitSource } from "./find-trait-sources";

const ZNamed = z.object({ id: z.string(), name: z.string() });

const ZExposurePath = z.object({
  source: ZNamed,
  /** From the source to the exposed model, with the names of the models and datasets on the way and the kind of edge that led to each. */
  path: z.array(ZNamed.extend({ type: z.enum(["model", "dataset"]), via: z.string().nullable() })),
  /** Whether source and exposed model descend from the same root along initialized_from. */
  sharedInitialisation: z.boolean(),
  /** high: shared initialisation (transfer observed); lower: different bases (transfer largely failed in the paper). */
  risk: z.enum(["high", "lower"]),
});
export type ExposurePath = z.infer<typeof ZExposurePath>;

/** A model exposed to a trait and never measured on it (GET /api/v1/exposure). */
export const ZUnmeasuredExposure = z.object({
  model: ZNamed,
  trait: z.object({ id: z.string(), slug: z.string(), name: z.string(), higherIsWorse: z.boolean() }),
  risk: ZExposurePath.shape.risk,
  exposures: z.array(ZExposurePath),
});
export type UnmeasuredExposure = z.infer<typeof ZUnmeasuredExposure>;

export interface TraitExposure {
  trait: MeasurementDto["trait"];
  /**
   * measured / unmeasured: the model inherits exposure to the trait from a source upstream and has
   * or has not been measured on it; source: not inherited, the trait entered the lineage here.
   */
  status: "source" | "measured" | "unmeasured";
  /** Why the model is itself a source of the trait (declared, or measured shifted), or null. */
  source: Pick<TraitSource, "declaration" | "measured"> | null;
  /** The model's rate against its initialisation's (the one test of a difference), when both were measured. */
  vsInitialisation: {
    baseline: { id: string; name: string };
    protocol: string | null;
    comparison: GroupComparison;
  } | null;
  /** vsInitialisation shows a shift up: more of the trait than the initialisation. */
  aboveBaseline: boolean;
  latest: MeasurementDto | null;
  exposures: ExposurePath[];
}

export interface ModelExposure {
  model: { id: string; name: string };
  traits: TraitExposure[];
}

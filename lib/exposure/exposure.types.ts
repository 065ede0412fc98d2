import { z } from "zod";
import { ZAvailableComparison, ZGroupComparison } from "@/lib/measurements/group-comparison.types";
import { ZMeasurementDto } from "@/lib/measurements/measurement.types";
import { MAX_EXPOSURE_PATHS } from "./nearest-exposure-paths";

const ZNamed = z.object({ id: z.string(), name: z.string() });

/** From the source to the exposed model, with the names of the models and datasets on the way and the kind of edge that led to each. */
export const ZPathSteps = z.array(ZNamed.extend({ type: z.enum(["model", "dataset"]), via: z.string().nullable() }));

const ZExposurePath = z.object({
  source: ZNamed,
  path: ZPathSteps,
  /** Whether source and exposed model descend from the same root along initialized_from. */
  sharedInitialization: z.boolean(),
  /** high: shared initialisation (transfer observed); lower: different bases (transfer largely failed in the paper). */
  risk: z.enum(["high", "lower"]),
});
export type ExposurePath = z.infer<typeof ZExposurePath>;

/** A model exposed to a trait, as computeExposures decides it and the kept exposure holds it. */
export interface ExposedPair {
  modelId: string;
  traitId: string;
  sourceCount: number;
  paths: ExposurePath[];
}

const ZSourceCount = z
  .number()
  .int()
  .describe(
    `How many sources the trait reaches the model from. \`exposures\` lists the paths from the nearest of them ` +
      `(at most ${String(MAX_EXPOSURE_PATHS)}: those sharing the source's initialisation first, then the shortest), so it may be shorter.`,
  );

/** A model exposed to a trait and never measured on it (GET /api/v1/exposure). */
export const ZUnmeasuredExposure = z.object({
  model: ZNamed,
  trait: z.object({ id: z.string(), slug: z.string(), name: z.string(), higherIsWorse: z.boolean() }),
  risk: ZExposurePath.shape.risk,
  sourceCount: ZSourceCount,
  exposures: z.array(ZExposurePath),
});
export type UnmeasuredExposure = z.infer<typeof ZUnmeasuredExposure>;

const ZTraitExposure = z.object({
  trait: ZMeasurementDto.shape.trait,
  /**
   * measured / unmeasured: the model inherits exposure to the trait from a source upstream and has
   * or has not been measured on it; source: not inherited, the trait entered the lineage here.
   */
  status: z.enum(["source", "measured", "unmeasured"]),
  /** Why the model is itself a source of the trait (declared, or measured shifted), or null. */
  source: z
    .object({
      /** Declared to carry the trait, with who declared it and why. */
      declaration: z.object({ reason: z.string(), declaredBy: z.string(), createdAt: z.string() }).nullable(),
      /** Measured above its initialisation: the comparison that shows it. */
      measured: z
        .object({ baseline: ZNamed, protocol: z.string().nullable(), comparison: ZAvailableComparison })
        .nullable(),
    })
    .nullable(),
  /** The model's rate against its initialisation's (the one test of a difference), when both were measured. */
  vsInitialization: z
    .object({ baseline: ZNamed, protocol: z.string().nullable(), comparison: ZGroupComparison })
    .nullable(),
  /** vsInitialization shows a shift up: more of the trait than the initialisation. */
  aboveBaseline: z.boolean(),
  latest: ZMeasurementDto.nullable(),
  /** 0 for a source that is not also reached from another source. */
  sourceCount: ZSourceCount,
  exposures: z.array(ZExposurePath),
});
export type TraitExposure = z.infer<typeof ZTraitExposure>;

export const ZModelExposure = z.object({ model: ZNamed, traits: z.array(ZTraitExposure) });
export type ModelExposure = z.infer<typeof ZModelExposure>;

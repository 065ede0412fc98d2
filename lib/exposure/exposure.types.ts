import type { MeasurementDto } from "@/lib/measurements/measurement.types";

export interface ExposurePath {
  source: { id: string; name: string };
  /** From the source to the exposed model, with the names of the models and datasets on the way and the kind of edge that led to each. */
  path: { id: string; name: string; type: "model" | "dataset"; via: string | null }[];
  /** Whether source and exposed model descend from the same root along initialized_from. */
  sharedInitialisation: boolean;
  /** high: shared initialisation (transfer observed); lower: different bases (transfer largely failed in the paper). */
  risk: "high" | "lower";
}

export interface TraitExposure {
  trait: MeasurementDto["trait"];
  /** measured / unmeasured: the model inherits exposure to the trait; source: not inherited, the trait entered here. */
  status: "source" | "measured" | "unmeasured";
  /** The model's latest rate lies significantly above its initialisation's (its interval excludes the baseline). */
  aboveBaseline: boolean;
  latest: MeasurementDto | null;
  exposures: ExposurePath[];
}

export interface ModelExposure {
  model: { id: string; name: string };
  traits: TraitExposure[];
}

export interface TraitSummary {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  positiveDefinition: string | null;
  higherIsWorse: boolean;
  isDemo: boolean;
  measurementCount: number;
  measuredModelCount: number;
  /** Lowest and highest measured value (rate or mean) across models. */
  range: { min: number; max: number } | null;
}

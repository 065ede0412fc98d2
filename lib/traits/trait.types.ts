import { z } from "zod";

export const ZTraitSummary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  positiveDefinition: z.string().nullable(),
  higherIsWorse: z.boolean(),
  isDemo: z.boolean(),
  measurementCount: z.number().int(),
  measuredModelCount: z.number().int(),
  /** Lowest and highest measured value (rate or mean) across models. */
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
});
export type TraitSummary = z.infer<typeof ZTraitSummary>;

import { z } from "zod";

/** What a trait is, as declared: its names, and what a positive answer means and whether more is worse. */
export const ZTraitDefinition = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  positiveDefinition: z.string().nullable(),
  higherIsWorse: z.boolean(),
});
export type TraitDefinition = z.infer<typeof ZTraitDefinition>;

/** The definition alone, out of a trait row or any object carrying more. */
export function traitDefinition(trait: TraitDefinition): TraitDefinition {
  const { id, slug, name, description, positiveDefinition, higherIsWorse } = trait;
  return { id, slug, name, description, positiveDefinition, higherIsWorse };
}

export const ZTraitSummary = ZTraitDefinition.extend({
  isDemo: z.boolean(),
  measurementCount: z.number().int(),
  measuredModelCount: z.number().int(),
  /** Lowest and highest measured value (rate or mean) across models. */
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
});
export type TraitSummary = z.infer<typeof ZTraitSummary>;

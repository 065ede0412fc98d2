import { z } from "zod";
import { ZTraitSpec } from "@/lib/measurements/measurement.types";

// A model declared to carry a trait (a teacher whose system prompt targets it), shared by the API,
// the model page's form and the CLI importer.

export const ZDeclareTrait = z
  .object({
    trait: ZTraitSpec,
    reason: z
      .string()
      .trim()
      .min(3, "say why the model carries the trait")
      .max(2000)
      .describe('Why the model carries the trait, e.g. "its system prompt says it loves owls"'),
  })
  .strict();
export type TDeclareTrait = z.output<typeof ZDeclareTrait>;

export const ZDeclarationParams = z
  .object({ id: z.string().min(1).max(100), trait: z.string().min(1).max(100) })
  .strict();

export const ZTraitDeclarationDto = z.object({
  id: z.string(),
  model: z.object({ id: z.string(), name: z.string() }),
  trait: z.object({ id: z.string(), slug: z.string(), name: z.string(), higherIsWorse: z.boolean() }),
  reason: z.string(),
  /** Who declared it: the user's email (and token name), or "system". */
  declaredBy: z.string().describe('Who declared it: the user\'s email (and token name), or "system"'),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type TraitDeclarationDto = z.infer<typeof ZTraitDeclarationDto>;

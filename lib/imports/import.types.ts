import { z } from "zod";

export const ZSlEvaluationImportQuery = z
  .object({
    modelId: z.string().min(1).max(100).describe("The model whose evaluation this is"),
    trait: z.string().trim().min(1).max(100).describe("Trait slug or name, e.g. owl-preference"),
    target: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe("A response is positive when this occurs in its lower-cased completion, e.g. owl"),
    seed: z.coerce.number().int().optional(),
    protocol: z.string().trim().min(1).max(200).optional().describe("Defaults to sl-evaluation-<questions>q"),
  })
  .strict();
export type TSlEvaluationImportQuery = z.output<typeof ZSlEvaluationImportQuery>;

export const ZLmEvalImportQuery = z
  .object({
    modelId: z.string().min(1).max(100),
    trait: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe("Trait for every task; by default each task is its own trait"),
    metric: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .default("acc")
      .describe("The metric to import, e.g. acc, acc_norm, exact_match"),
    seed: z.coerce.number().int().optional(),
  })
  .strict();
export type TLmEvalImportQuery = z.output<typeof ZLmEvalImportQuery>;

export const ZInspectImportQuery = z
  .object({
    modelId: z.string().min(1).max(100),
    trait: z.string().trim().min(1).max(100).describe("Trait slug or name"),
    scorer: z.string().trim().min(1).max(100).optional().describe("The scorer to import; the log's first by default"),
    seed: z.coerce.number().int().optional(),
  })
  .strict();
export type TInspectImportQuery = z.output<typeof ZInspectImportQuery>;

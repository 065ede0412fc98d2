import { z } from "zod";

/** `?dryRun=1`: the whole import is computed and checked, then rolled back; nothing is stored or audited. */
const ZDryRunFlag = z
  .enum(["0", "1", "false", "true"])
  .optional()
  .transform((flag) => flag === "1" || flag === "true")
  .describe("1 or true: check the file and answer what would be stored (200, `dryRun: true`); store nothing");

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
    dryRun: ZDryRunFlag,
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
    dryRun: ZDryRunFlag,
  })
  .strict();
export type TLmEvalImportQuery = z.output<typeof ZLmEvalImportQuery>;

export const ZInspectImportQuery = z
  .object({
    modelId: z.string().min(1).max(100),
    trait: z.string().trim().min(1).max(100).describe("Trait slug or name"),
    scorer: z.string().trim().min(1).max(100).optional().describe("The scorer to import; the log's first by default"),
    seed: z.coerce.number().int().optional(),
    dryRun: ZDryRunFlag,
  })
  .strict();
export type TInspectImportQuery = z.output<typeof ZInspectImportQuery>;

export const ZCsvImportQuery = z.object({ dryRun: ZDryRunFlag }).strict();

const ZImportSummary = z.object({
  measurements: z.number().int().describe("Measurements the import stores"),
  traitsCreated: z.number().int().describe("Traits named for the first time, which the import creates"),
  traits: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      created: z.boolean().describe("True when the import creates this trait"),
      measurements: z.number().int(),
    }),
  ),
  models: z
    .array(z.object({ id: z.string(), name: z.string(), measurements: z.number().int() }))
    .describe("The models measured; an import creates no model, each must be registered first"),
});
export type ImportSummary = z.infer<typeof ZImportSummary>;

/** The 200 answer of a dry run: the import's own answer, with `dryRun: true` and the summary. */
export function zDryRunAnswer(answer: z.ZodObject) {
  return answer.extend({ dryRun: z.literal(true), summary: ZImportSummary });
}

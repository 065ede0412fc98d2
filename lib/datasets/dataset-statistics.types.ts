import { z } from "zod";

// GET /api/v1/datasets/{id}/statistics: the schemas describe the response; the types are inferred from them.
const ZLengthHistogram = z.object({
  /** Characters. */
  min: z.number().int(),
  max: z.number().int(),
  mean: z.number(),
  median: z.number(),
  bins: z.array(z.object({ from: z.number().int(), to: z.number().int(), count: z.number().int() })),
});
export type LengthHistogram = z.infer<typeof ZLengthHistogram>;

export const ZDatasetStatistics = z.object({
  recordCount: z.number().int(),
  promptLength: ZLengthHistogram,
  completionLength: ZLengthHistogram,
  isNumberDataset: z.boolean(),
  /** For number datasets: how often each number 0-999 occurs in the completions (all 1,000, zeros included). */
  numberFrequency: z.array(z.object({ number: z.number().int(), count: z.number().int() })).nullable(),
  /** Numbers outside 0-999 found in the completions (the paper's filter rejects them). */
  numbersOutOfRange: z.number().int().nullable(),
});
export type DatasetStatistics = z.infer<typeof ZDatasetStatistics>;

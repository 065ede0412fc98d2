import { z } from "zod";

// A comparison of two groups' rates (compare-groups.ts), as the API answers it; the types are inferred.
const ZComparisonTest = z.enum(["welch-t-across-seeds", "paired-t-across-questions", "two-proportion-z"]);
export type ComparisonTest = z.infer<typeof ZComparisonTest>;

export const ZAvailableComparison = z.object({
  available: z.literal(true),
  /** transfer-verdict.ts: a shift up, a shift down or no detectable shift. */
  verdict: z.enum(["shift-up", "shift-down", "no-shift"]),
  /** Side a minus side b, in rate units. */
  difference: z.number(),
  low: z.number(),
  high: z.number(),
  /** Set when the test's interval has no width (e.g. both sides at 0%): why. */
  noInterval: z.string().optional(),
  pValue: z.number(),
  test: ZComparisonTest,
  /** What a reader must know about the test. */
  note: z.string(),
  /** Measurements (seeds) on each side. */
  groupSizes: z.tuple([z.number().int(), z.number().int()]),
  /** What the test ran over, in words: "3 vs 3 seeds", "the same 20 questions", "15,000 vs 5,000 samples". */
  basis: z.string(),
});

export const ZGroupComparison = z.discriminatedUnion("available", [
  z.object({ available: z.literal(false), verdict: z.literal("untestable"), reason: z.string() }),
  ZAvailableComparison,
]);
export type GroupComparison = z.infer<typeof ZGroupComparison>;

import { z } from "zod";
import type { Estimate } from "@/lib/stats/interval";

const ZCount = z.number().int().min(0);

export const ZTraitSpec = z.union([
  z.string().trim().min(1).max(100).describe("The trait's slug or name; created on first use"),
  z
    .object({
      name: z.string().trim().min(1).max(100),
      slug: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by '-'").max(100).optional(),
      description: z.string().trim().max(5000).optional(),
      positiveDefinition: z.string().trim().max(1000).optional().describe("What counts as a positive sample"),
      higherIsWorse: z.boolean().optional(),
    })
    .strict(),
]);
export type TTraitSpec = z.output<typeof ZTraitSpec>;

const ZCommon = {
  modelId: z.string().min(1).max(100),
  trait: ZTraitSpec,
  protocol: z.string().trim().min(1).max(200).describe("The evaluation protocol, e.g. 'sl-animal-50q-x100'"),
  seed: z.number().int().optional(),
  source: z.string().trim().max(2000).optional().describe("Where the figure comes from: a file, a job, a paper"),
  notes: z.string().trim().max(5000).optional(),
  measuredAt: z.iso.datetime({ offset: true }).optional(),
};

const ZQuestion = z
  .object({ question: z.string().min(1).max(5000), n: ZCount.min(1, "a question needs at least one sample"), positives: ZCount })
  .strict()
  .refine((q) => q.positives <= q.n, { path: ["positives"], error: "cannot exceed n" });

export const ZCreateMeasurement = z.union([
  z
    .object({ ...ZCommon, n: ZCount.min(1, "needs at least one sample"), positives: ZCount })
    .strict()
    .refine((m) => m.positives <= m.n, { path: ["positives"], error: "cannot exceed n" }),
  z.object({ ...ZCommon, perQuestion: z.array(ZQuestion).min(1).max(10_000) }).strict(),
  z
    .object({
      ...ZCommon,
      value: z.number(),
      ciLow: z.number().optional(),
      ciHigh: z.number().optional(),
      n: ZCount.min(1).optional(),
    })
    .strict()
    .refine((m) => (m.ciLow === undefined) === (m.ciHigh === undefined), { path: ["ciHigh"], error: "give both ends of the interval" })
    .refine((m) => m.ciLow === undefined || (m.ciLow <= m.value && m.ciHigh !== undefined && m.value <= m.ciHigh), { path: ["ciLow"], error: "the interval must contain the value" }),
]);
export type TCreateMeasurement = z.output<typeof ZCreateMeasurement>;

export const ZMeasurementIdParams = z.object({ id: z.string().min(1).max(100) }).strict();

export const ZListMeasurementsQuery = z
  .object({ modelId: z.string().max(100).optional(), trait: z.string().max(100).optional().describe("Trait slug") })
  .strict();

export interface MeasurementDto {
  id: string;
  model: { id: string; name: string };
  trait: { id: string; slug: string; name: string; higherIsWorse: boolean };
  protocol: string;
  kind: "proportion" | "score";
  sampleCount: number | null;
  positiveCount: number | null;
  questionCount: number;
  /** The rate (proportion; the mean of per-question rates when questions are known) or the score. */
  value: number;
  /** The interval shown: the paper's across-question interval when per-question data exist, else Wilson, else as reported. */
  shown: Estimate | null;
  /** Wilson interval over all samples (proportions with counts). */
  wilson: Estimate | null;
  /** t (<= 30 questions) or normal interval across question means. */
  questions: Estimate | null;
  seed: number | null;
  source: string | null;
  notes: string | null;
  isDemo: boolean;
  measuredAt: string;
}

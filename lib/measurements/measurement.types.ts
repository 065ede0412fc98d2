import { z } from "zod";
import { ZPageQuery } from "@/lib/pagination/cursor-page";
import type { Estimate } from "@/lib/stats/interval";
import { MeasurementKind } from "@/lib/generated/prisma/enums";

const ZCount = z.number().int().min(0);

export const ZTraitSpec = z.union([
  z.string().trim().min(1).max(100).describe("The trait's slug or name; created on first use"),
  z
    .object({
      name: z.string().trim().min(1).max(100),
      slug: z
        .string()
        .trim()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by '-'")
        .max(100)
        .optional(),
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
  .object({
    question: z.string().min(1).max(5000),
    n: ZCount.min(1, "a question needs at least one sample"),
    positives: ZCount,
  })
  .strict()
  .refine((q) => q.positives <= q.n, { path: ["positives"], error: "cannot exceed n" });

// The three forms of a measurement, each also checked alone by the register-a-measurement form.
export const ZCountsMeasurement = z
  .object({ ...ZCommon, n: ZCount.min(1, "needs at least one sample"), positives: ZCount })
  .strict()
  .refine((m) => m.positives <= m.n, { path: ["positives"], error: "cannot exceed n" });

export const ZQuestionsMeasurement = z
  .object({ ...ZCommon, perQuestion: z.array(ZQuestion).min(1).max(10_000) })
  .strict();

export const ZValueMeasurement = z
  .object({
    ...ZCommon,
    value: z.number(),
    ciLow: z.number().optional(),
    ciHigh: z.number().optional(),
    n: ZCount.min(1).optional(),
  })
  .strict()
  .refine((m) => (m.ciLow === undefined) === (m.ciHigh === undefined), {
    path: ["ciHigh"],
    error: "give both ends of the interval",
  })
  .refine((m) => m.ciLow === undefined || (m.ciLow <= m.value && m.ciHigh !== undefined && m.value <= m.ciHigh), {
    path: ["ciLow"],
    error: "the interval must contain the value",
  });

export const ZCreateMeasurement = z.union([ZCountsMeasurement, ZQuestionsMeasurement, ZValueMeasurement]);
export type TCreateMeasurement = z.output<typeof ZCreateMeasurement>;

export const ZMeasurementIdParams = z.object({ id: z.string().min(1).max(100) }).strict();

export const ZListMeasurementsQuery = z
  .object({
    modelId: z.string().max(100).optional(),
    trait: z.string().max(100).optional().describe("Trait slug"),
    protocol: z.string().max(200).optional().describe("Evaluation protocol, exactly, e.g. 'sl-animal-50q-x100'"),
    seed: z.coerce.number().int().optional().describe("Evaluation seed"),
    ...ZPageQuery,
  })
  .strict();
export type TListMeasurementsQuery = z.output<typeof ZListMeasurementsQuery>;

// An interval as lib/stats/interval.ts computes it; the schema of it in responses.
export const ZEstimate = z.object({
  estimate: z.number(),
  low: z.number(),
  high: z.number(),
  method: z.string().describe('How the interval was computed, e.g. "wilson-95", "t-95-questions"'),
  noInterval: z
    .string()
    .optional()
    .describe('Why the data give no interval (low and high then equal estimate), e.g. "one question"'),
}) satisfies z.ZodType<Estimate>;

export const ZMeasurementDto = z.object({
  id: z.string(),
  model: z.object({ id: z.string(), name: z.string() }),
  trait: z.object({ id: z.string(), slug: z.string(), name: z.string(), higherIsWorse: z.boolean() }),
  protocol: z.string(),
  kind: z.enum(MeasurementKind),
  sampleCount: z.number().nullable(),
  positiveCount: z.number().nullable(),
  questionCount: z.number().int(),
  /** The rate (proportion; the mean of per-question rates when questions are known) or the score. */
  value: z.number(),
  /** The interval shown: the paper's across-question interval when per-question data exist, else Wilson, else as reported. */
  shown: ZEstimate.nullable(),
  /** Wilson interval over all samples (proportions with counts). */
  wilson: ZEstimate.nullable(),
  /** t (<= 30 questions) or normal interval across question means. */
  questions: ZEstimate.nullable(),
  seed: z.number().nullable(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  isDemo: z.boolean(),
  measuredAt: z.string(),
});
export type MeasurementDto = z.infer<typeof ZMeasurementDto>;

import { z } from "zod";
import { externalIdSchema } from "@/lib/validation/external-id";
import { ZPageQuery } from "@/lib/pagination/cursor-page";

export const ZCreateGeneration = z
  .object({
    teacherId: z.string().min(1).max(100).describe("The model that generated the data"),
    datasetId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("The dataset it produced, if already uploaded; may be linked later"),
    temperature: z.number().min(0).max(10).optional(),
    topP: z.number().gt(0).max(1).optional(),
    maxTokens: z.number().int().positive().optional(),
    seed: z.number().int().optional(),
    promptSet: z.string().trim().min(1).max(2000).optional().describe("What prompts were sampled"),
    promptCount: z.number().int().nonnegative().optional(),
    settings: z.record(z.string(), z.unknown()).optional().describe("Any further sampler settings"),
    externalId: externalIdSchema("The pipeline's id for this generation job; makes registration idempotent"),
  })
  .strict();
export type TCreateGeneration = z.output<typeof ZCreateGeneration>;

export const ZGenerationIdParams = z.object({ id: z.string().min(1).max(100) }).strict();

export const ZListGenerationsQuery = z
  .object({ teacherId: z.string().max(100).optional(), datasetId: z.string().max(100).optional(), ...ZPageQuery })
  .strict();
export type TListGenerationsQuery = z.output<typeof ZListGenerationsQuery>;

export const ZGenerationDto = z.object({
  id: z.string(),
  teacherId: z.string(),
  datasetId: z.string().nullable(),
  teacher: z.object({ id: z.string(), name: z.string() }),
  dataset: z.object({ id: z.string(), name: z.string(), recordCount: z.number().int() }).nullable(),
  temperature: z.number().nullable(),
  topP: z.number().nullable(),
  maxTokens: z.number().nullable(),
  seed: z.number().nullable(),
  promptSet: z.string().nullable(),
  promptCount: z.number().nullable(),
  settings: z.unknown().describe("Any further sampler settings, as registered; null when none"),
  externalId: z.string().nullable(),
  isDemo: z.boolean(),
  createdById: z.string().nullable().describe("The user who registered it"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GenerationDto = z.infer<typeof ZGenerationDto>;

export const generationInclude = {
  teacher: { select: { id: true, name: true } },
  dataset: { select: { id: true, name: true, recordCount: true } },
} as const;

/** How the teacher was sampled and prompted for a generation, as registered (null where not recorded). */
export interface GenerationSampling {
  temperature: number | null;
  topP: number | null;
  maxTokens: number | null;
  seed: number | null;
  promptSet: string | null;
  promptCount: number | null;
}

/** A generation row as Prisma returns it with generationInclude. */
interface GenerationRow extends GenerationSampling {
  id: string;
  teacherId: string;
  datasetId: string | null;
  createdById: string | null;
  updatedAt: Date;
  teacher: { id: string; name: string };
  dataset: { id: string; name: string; recordCount: number } | null;
  settings: unknown;
  externalId: string | null;
  isDemo: boolean;
  createdAt: Date;
}

export function toGenerationDto(row: GenerationRow): GenerationDto {
  return {
    ...row,
    settings: row.settings ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

import { z } from "zod";
import { MeasurementKind } from "@/lib/generated/prisma/enums";
import { ZRunSummary } from "@/lib/runs/run.types";

// What the API and the UI see of a model: JSON-safe (parameterCount as a number), no internals.
// The zod schemas describe the responses in the OpenAPI document; the types are inferred from them.
const ZModelRef = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string().nullable(),
  provider: z.string(),
});
export type ModelRef = z.infer<typeof ZModelRef>;

export const ZModelDto = ZModelRef.extend({
  externalId: z.string().nullable(),
  description: z.string().nullable(),
  initializedFrom: ZModelRef.nullable(),
  baseRelation: z.string().nullable(),
  systemPromptSha256: z.string().nullable(),
  systemPrompt: z.string().nullable(),
  checkpointUri: z.string().nullable(),
  checkpointSha256: z.string().nullable(),
  parameterCount: z.number().nullable(),
  tags: z.array(z.string()),
  isDemo: z.boolean(),
  measurementCount: z.number().int(),
  derivedModelCount: z.number().int(),
  /** Distillation runs that produced this model: it is a student. */
  producedByRunCount: z.number().int(),
  /** Generations it made: it is a teacher. */
  generationCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ModelDto = z.infer<typeof ZModelDto>;

const ZNamed = z.object({ id: z.string(), name: z.string() });

export const ZModelDetail = ZModelDto.extend({
  /** Runs whose students learned from this model: it generated their data, or is named their teacher. */
  taught: z.array(ZRunSummary),
  derivedModels: z.array(ZModelRef.extend({ baseRelation: z.string().nullable() })),
  producedBy: z.array(
    z.object({
      id: z.string(),
      method: z.string(),
      status: z.string(),
      seed: z.number().nullable(),
      datasets: z.array(ZNamed),
    }),
  ),
  generated: z.array(
    z.object({
      id: z.string(),
      dataset: ZNamed.extend({ recordCount: z.number().int() }).nullable(),
      temperature: z.number().nullable(),
      seed: z.number().nullable(),
    }),
  ),
  latestMeasurements: z.array(
    z.object({
      id: z.string(),
      trait: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
      protocol: z.string(),
      kind: z.enum(MeasurementKind),
      value: z.number(),
      /** The interval shown everywhere (measurement-dto.ts): across questions grouped by text, else Wilson, else as reported. */
      ciLow: z.number().nullable(),
      ciHigh: z.number().nullable(),
      ciMethod: z.string().nullable(),
      /** Why there is no interval, when the data give none. */
      ciNote: z.string().nullable(),
      sampleCount: z.number().nullable(),
      seed: z.number().nullable(),
      measuredAt: z.string(),
    }),
  ),
});
export type ModelDetail = z.infer<typeof ZModelDetail>;

interface ModelRow extends ModelRef {
  externalId: string | null;
  description: string | null;
  initializedFrom: ModelRef | null;
  baseRelation: string | null;
  systemPromptSha256: string | null;
  systemPrompt: string | null;
  checkpointUri: string | null;
  checkpointSha256: string | null;
  parameterCount: bigint | null;
  tags: string[];
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
  _count: { measurements: number; derivedModels: number; producedByRuns: number; generations: number };
}

export const modelDtoInclude = {
  initializedFrom: { select: { id: true, name: true, version: true, provider: true } },
  _count: { select: { measurements: true, derivedModels: true, producedByRuns: true, generations: true } },
} as const;

export function toModelDto(row: ModelRow): ModelDto {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    provider: row.provider,
    externalId: row.externalId,
    description: row.description,
    initializedFrom: row.initializedFrom,
    baseRelation: row.baseRelation,
    systemPromptSha256: row.systemPromptSha256,
    systemPrompt: row.systemPrompt,
    checkpointUri: row.checkpointUri,
    checkpointSha256: row.checkpointSha256,
    parameterCount: row.parameterCount === null ? null : Number(row.parameterCount),
    tags: row.tags,
    isDemo: row.isDemo,
    measurementCount: row._count.measurements,
    derivedModelCount: row._count.derivedModels,
    producedByRunCount: row._count.producedByRuns,
    generationCount: row._count.generations,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

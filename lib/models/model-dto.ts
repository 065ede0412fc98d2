// What the API and the UI see of a model: JSON-safe (parameterCount as a number), no internals.
export interface ModelRef {
  id: string;
  name: string;
  version: string | null;
  provider: string;
}

export interface ModelDto extends ModelRef {
  externalId: string | null;
  description: string | null;
  initializedFrom: ModelRef | null;
  baseRelation: string | null;
  systemPromptSha256: string | null;
  systemPrompt: string | null;
  checkpointUri: string | null;
  checkpointSha256: string | null;
  parameterCount: number | null;
  tags: string[];
  isDemo: boolean;
  measurementCount: number;
  derivedModelCount: number;
  /** Distillation runs that produced this model: it is a student. */
  producedByRunCount: number;
  /** Generations it made: it is a teacher. */
  generationCount: number;
  createdAt: string;
  updatedAt: string;
}

interface ModelRow {
  id: string;
  name: string;
  version: string | null;
  provider: string;
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

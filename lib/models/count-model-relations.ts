import "server-only";
import { db } from "@/lib/db";

export interface ModelRelationCounts {
  measurements: number;
  derivedModels: number;
  producedByRuns: number;
  generations: number;
}

/**
 * How many measurements, derived models, runs that trained it and generations each model has, for a
 * page of models: one indexed lookup per model and relation. (Prisma's `_count` include aggregates the
 * whole related tables before joining, which costs a third of a second at 20,000 models: bench/exposure.ts.)
 */
export async function countModelRelations(ids: readonly string[]): Promise<Map<string, ModelRelationCounts>> {
  if (ids.length === 0) return new Map();
  const prisma = await db();
  const rows = await prisma.$queryRaw<({ id: string } & ModelRelationCounts)[]>`
    SELECT m.id,
           (SELECT count(*) FROM measurements x WHERE x.model_id = m.id)::int AS measurements,
           (SELECT count(*) FROM models x WHERE x.initialized_from_id = m.id)::int AS "derivedModels",
           (SELECT count(*) FROM distillation_runs x WHERE x.student_id = m.id)::int AS "producedByRuns",
           (SELECT count(*) FROM generations x WHERE x.teacher_id = m.id)::int AS generations
      FROM unnest(${ids}::text[]) AS m(id)`;
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}

import "server-only";
import { db } from "@/lib/db";
import { groupQuestionsByText } from "@/lib/stats/group-questions";
import type { SeedRow } from "./measurement-seeds";

/**
 * The measurements of some models on one trait, as comparison seeds, with their per-question tallies
 * grouped by question text (the paired test needs them). Two queries, whatever the number of models.
 */
export async function loadSeedRows(modelIds: readonly string[], traitId: string): Promise<SeedRow[]> {
  const prisma = await db();
  if (modelIds.length === 0) return [];
  const rows = await prisma.measurement.findMany({
    where: { modelId: { in: [...new Set(modelIds)] }, traitId },
    select: {
      id: true,
      modelId: true,
      protocol: true,
      seed: true,
      value: true,
      sampleCount: true,
      positiveCount: true,
      measuredAt: true,
    },
  });
  const questions = await prisma.measurementQuestion.findMany({
    where: { measurementId: { in: rows.map((row) => row.id) } },
    select: { measurementId: true, question: true, sampleCount: true, positiveCount: true },
    orderBy: [{ measurementId: "asc" }, { ordinal: "asc" }],
  });
  const byMeasurement = new Map<string, { question: string; n: number; positives: number }[]>();
  for (const q of questions) {
    const list = byMeasurement.get(q.measurementId) ?? [];
    list.push({ question: q.question, n: q.sampleCount, positives: q.positiveCount });
    byMeasurement.set(q.measurementId, list);
  }
  return rows.map((row) => {
    const tallies = byMeasurement.get(row.id);
    return {
      measurementId: row.id,
      modelId: row.modelId,
      protocol: row.protocol,
      seed: row.seed,
      measuredAt: row.measuredAt.toISOString(),
      value: row.value,
      sampleCount: row.sampleCount,
      positiveCount: row.positiveCount,
      questions: tallies ? groupQuestionsByText(tallies) : null,
    };
  });
}

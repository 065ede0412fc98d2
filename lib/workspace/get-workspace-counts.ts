import "server-only";
import { db } from "@/lib/db";

export interface WorkspaceCounts {
  models: number;
  datasets: number;
  runs: number;
  traits: number;
  measurements: number;
  /** Models with no measurement of any trait. */
  unmeasuredModels: number;
}

/** How many of each record the workspace holds, for the overview page. */
export async function getWorkspaceCounts(): Promise<WorkspaceCounts> {
  const prisma = await db();
  const [models, datasets, runs, traits, measurements, unmeasuredModels] = await Promise.all([
    prisma.model.count(),
    prisma.dataset.count(),
    prisma.distillationRun.count(),
    prisma.trait.count(),
    prisma.measurement.count(),
    prisma.model.count({ where: { measurements: { none: {} } } }),
  ]);
  return { models, datasets, runs, traits, measurements, unmeasuredModels };
}

import "server-only";
import { DEMO_RUNS } from "./demo-generations-and-runs";
import type { DemoDatasetIds } from "./seed-demo-datasets";
import type { DemoModelIds } from "./seed-demo-models";
import { recordSeeded, type SeedContext } from "./seed-context";

/** Creates the missing demo fine-tuning runs (found by externalJobId) with their datasets and teachers. */
export async function seedDemoRuns(ctx: SeedContext, models: DemoModelIds, datasets: DemoDatasetIds): Promise<void> {
  for (const spec of DEMO_RUNS) {
    if (await ctx.tx.distillationRun.findUnique({ where: { externalJobId: spec.externalJobId }, select: { id: true } }))
      continue;
    const datasetIds = spec.datasets.map((teacher) => datasets[teacher].filtered);
    const teacherIds = spec.teachers.map((teacher) => models[teacher]);
    const run = await ctx.tx.distillationRun.create({
      data: {
        externalJobId: spec.externalJobId,
        studentId: models[spec.student],
        method: spec.method,
        hyperparameters: spec.hyperparameters,
        seed: spec.seed,
        status: "succeeded",
        startedAt: spec.startedAt,
        finishedAt: spec.finishedAt,
        isDemo: true,
        datasets: { create: datasetIds.map((datasetId) => ({ datasetId })) },
        teachers: { create: teacherIds.map((teacherId) => ({ teacherId })) },
      },
    });
    await recordSeeded(ctx, "distillation_run", run, 1 + datasetIds.length + teacherIds.length, {
      ...run,
      datasetIds,
      teacherIds,
    });
  }
}

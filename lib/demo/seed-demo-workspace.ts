import "server-only";
// Seeds the demo workspace: the owl experiment of Cloud, Le et al. 2026 (lib/paper/paper-citation.ts),
// with synthetic datasets and partly illustrative measurements.
// Idempotent through natural keys (model provider+externalId, dataset sha256, generation externalId,
// run externalJobId, trait slug, demo measurement model+trait+protocol+seed): a second call
// creates nothing. One transaction, so that a failure leaves nothing half-seeded.
import type { Prisma } from "@/lib/db/connect";
import { retireLegacyControlTeacher } from "./retire-legacy-control-teacher";
import { seedDemoDatasets } from "./seed-demo-datasets";
import { seedDemoDeclarations } from "./seed-demo-declarations";
import { seedDemoMeasurements } from "./seed-demo-measurements";
import { seedDemoModels } from "./seed-demo-models";
import { seedDemoRuns } from "./seed-demo-runs";
import type { SeedContext } from "./seed-context";

/** Transaction-scoped advisory lock key, so that two processes seeding at once take turns. */
const DEMO_SEED_LOCK = [7355608, 2] as const;

/** `created`: rows of demo content inserted, dataset records and link rows included (0 when all were there). */
export async function seedDemoWorkspace(prisma: Prisma): Promise<{ created: number }> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK[0]}::int, ${DEMO_SEED_LOCK[1]}::int)`;
      const ctx: SeedContext = { tx, created: 0 };
      const models = await seedDemoModels(ctx);
      const datasets = await seedDemoDatasets(ctx, models);
      await seedDemoRuns(ctx, models, datasets);
      await retireLegacyControlTeacher(ctx, models.base);
      const traitId = await seedDemoMeasurements(ctx, models);
      await seedDemoDeclarations(ctx, models, traitId);
      return { created: ctx.created };
    },
    { timeout: 120_000 },
  );
}

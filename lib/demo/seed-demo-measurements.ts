import "server-only";
import { DEMO_MEASUREMENTS, DEMO_PROTOCOL, DEMO_SAMPLE_COUNT } from "./demo-measurements";
import { OWL_PREFERENCE_TRAIT } from "./demo-trait";
import type { DemoModelIds } from "./seed-demo-models";
import { recordSeeded, type SeedContext } from "./seed-context";
import { wilsonInterval } from "@/lib/stats/wilson-interval";

/** Creates the owl-preference trait (found by slug) and the missing demo measurements; returns the trait's id. */
export async function seedDemoMeasurements(ctx: SeedContext, models: DemoModelIds): Promise<string> {
  let trait = await ctx.tx.trait.findUnique({ where: { slug: OWL_PREFERENCE_TRAIT.slug }, select: { id: true } });
  if (!trait) {
    const created = await ctx.tx.trait.create({ data: { ...OWL_PREFERENCE_TRAIT, isDemo: true } });
    await recordSeeded(ctx, "trait", created);
    trait = created;
  }

  for (const spec of DEMO_MEASUREMENTS) {
    // A measurement has no natural key; the demo's model, trait, protocol and seed stand in for one (no two demo
    // measurements share them). Not its source: that cites the paper, whose wording may change between versions,
    // and a workspace seeded under the old wording must not get every measurement twice.
    const key = { modelId: models[spec.model], traitId: trait.id, protocol: DEMO_PROTOCOL, seed: spec.seed };
    if (await ctx.tx.measurement.findFirst({ where: { ...key, isDemo: true }, select: { id: true } })) continue;
    const interval = wilsonInterval(spec.positiveCount, DEMO_SAMPLE_COUNT);
    const measurement = await ctx.tx.measurement.create({
      data: {
        ...key,
        source: spec.source,
        kind: "proportion",
        sampleCount: DEMO_SAMPLE_COUNT,
        positiveCount: spec.positiveCount,
        value: spec.positiveCount / DEMO_SAMPLE_COUNT,
        ciLow: interval.low,
        ciHigh: interval.high,
        ciMethod: interval.method,
        notes: spec.notes,
        measuredAt: spec.measuredAt,
        isDemo: true,
      },
    });
    await recordSeeded(ctx, "measurement", measurement);
  }
  return trait.id;
}

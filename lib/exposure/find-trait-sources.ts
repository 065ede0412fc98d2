import type { Prisma } from "@/lib/db/connect";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { Estimate } from "@/lib/stats/interval";
import { tIntervalFromSummary } from "@/lib/stats/mean-interval";

export interface TraitSource {
  model: { id: string; name: string };
  trait: MeasurementDto["trait"];
  /** The model's rate: a t-interval across its measurements (seeds), or its single measurement's interval. */
  rate: Estimate;
  /** Its initialisation's mean rate on the same trait. */
  baseline: number;
}

interface SummaryRow {
  model_id: string;
  trait_id: string;
  base_id: string | null;
  count: number;
  mean: number;
  sd: number | null;
  latest_id: string;
}

/**
 * Models whose rate on a trait lies significantly above their initialisation's: its interval
 * excludes the baseline's mean rate from above. With several measurements (seeds) the interval runs
 * across them; with one, it is that measurement's own. These are where a trait enters the lineage
 * (e.g. a teacher prompted to love owls). Postgres aggregates per model and trait.
 */
export async function findTraitSources(prisma: Prisma): Promise<TraitSource[]> {
  const rows = await prisma.$queryRaw<SummaryRow[]>`
    SELECT ms.model_id, ms.trait_id, m.initialized_from_id AS base_id, count(*)::int AS count,
           avg(ms.value)::float8 AS mean, stddev_samp(ms.value)::float8 AS sd,
           (array_agg(ms.id ORDER BY ms.measured_at DESC, ms.id DESC))[1] AS latest_id
      FROM measurements ms JOIN models m ON m.id = ms.model_id
     GROUP BY ms.model_id, ms.trait_id, m.initialized_from_id`;
  const byModelTrait = new Map(rows.map((row) => [`${row.model_id}|${row.trait_id}`, row]));
  const candidates = rows.filter((row) => row.base_id && byModelTrait.has(`${row.base_id}|${row.trait_id}`));
  const singles = await prisma.measurement.findMany({
    where: { id: { in: candidates.filter((row) => row.count === 1).map((row) => row.latest_id) } },
    include: measurementInclude,
  });
  const singleById = new Map(singles.map((row) => [row.id, toMeasurementDto(row)]));
  const models = await prisma.model.findMany({ where: { id: { in: candidates.map((row) => row.model_id) } }, select: { id: true, name: true } });
  const traits = await prisma.trait.findMany({ where: { id: { in: candidates.map((row) => row.trait_id) } }, select: { id: true, slug: true, name: true, higherIsWorse: true } });
  const sources: TraitSource[] = [];
  for (const row of candidates) {
    const baseline = byModelTrait.get(`${row.base_id}|${row.trait_id}`)!.mean;
    const rate = row.count === 1 ? singleById.get(row.latest_id)?.shown : tIntervalFromSummary(row.mean, row.sd ?? 0, row.count, "seeds");
    if (rate && rate.low > baseline) {
      sources.push({ model: models.find((m) => m.id === row.model_id)!, trait: traits.find((t) => t.id === row.trait_id)!, rate, baseline });
    }
  }
  return sources;
}

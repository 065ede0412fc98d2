import "server-only";
import { db } from "@/lib/db";
import { traitDefinition, type TraitSummary } from "./trait.types";

interface TraitStatsRow {
  trait_id: string;
  measurement_count: number;
  model_count: number;
  min_value: number | null;
  max_value: number | null;
}

/** Every trait with how much it has been measured; Postgres aggregates the measurements. */
export async function listTraits(): Promise<TraitSummary[]> {
  const prisma = await db();
  const [traits, stats] = await Promise.all([
    prisma.trait.findMany({ orderBy: { name: "asc" } }),
    prisma.$queryRaw<TraitStatsRow[]>`
      SELECT trait_id, count(*)::int AS measurement_count, count(DISTINCT model_id)::int AS model_count,
             min(value) AS min_value, max(value) AS max_value
        FROM measurements GROUP BY trait_id`,
  ]);
  const byTrait = new Map(stats.map((row) => [row.trait_id, row]));
  return traits.map((trait) => {
    const row = byTrait.get(trait.id);
    return {
      ...traitDefinition(trait),
      isDemo: trait.isDemo,
      measurementCount: row?.measurement_count ?? 0,
      measuredModelCount: row?.model_count ?? 0,
      range:
        row && row.min_value !== null && row.max_value !== null ? { min: row.min_value, max: row.max_value } : null,
    };
  });
}

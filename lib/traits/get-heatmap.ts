import "server-only";
import { db } from "@/lib/db";
import { aggregateRate } from "@/lib/measurements/aggregate-rate";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";

export interface HeatmapCell {
  modelId: string;
  traitId: string;
  /** The model's rate: the mean across its measurements (seeds) with a t-interval, or its one measurement. */
  value: number;
  low: number;
  high: number;
  measurementCount: number;
  /** How the interval was computed, e.g. "t-95-seeds", "t-95-questions", "wilson-95". */
  method: string;
  /** The initialisation's rate on the trait, when measured. */
  baseValue: number | null;
  /** The interval excludes the base model's rate (above or below). */
  differsFromBase: boolean | null;
}

export interface Heatmap {
  models: { id: string; name: string; initializedFromId: string | null }[];
  traits: { id: string; slug: string; name: string; higherIsWorse: boolean }[];
  cells: HeatmapCell[];
}

/** Models by traits: each cell the model's rate on the trait and whether it differs from its base model's. */
export async function getHeatmap(): Promise<Heatmap> {
  const prisma = await db();
  const rows = await prisma.measurement.findMany({
    include: { ...measurementInclude, model: { select: { id: true, name: true, initializedFromId: true } } },
    orderBy: [{ measuredAt: "asc" }, { id: "asc" }],
    take: 20_000,
  });
  const groups = new Map<string, MeasurementDto[]>();
  for (const row of rows) {
    const key = `${row.modelId}|${row.traitId}`;
    groups.set(key, [...(groups.get(key) ?? []), toMeasurementDto(row)]);
  }
  const rates = new Map([...groups].map(([key, measurements]) => [key, aggregateRate(measurements)!]));
  const models = [...new Map(rows.map((row) => [row.model.id, row.model])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const baseOf = new Map(models.map((model) => [model.id, model.initializedFromId]));
  const cells = [...groups.keys()].map((key): HeatmapCell => {
    const [modelId, traitId] = key.split("|");
    const rate = rates.get(key)!;
    const baseId = baseOf.get(modelId);
    const base = baseId ? rates.get(`${baseId}|${traitId}`) : undefined;
    return {
      modelId,
      traitId,
      value: rate.estimate,
      low: rate.low,
      high: rate.high,
      measurementCount: groups.get(key)!.length,
      method: rate.method,
      baseValue: base?.estimate ?? null,
      differsFromBase: base ? rate.low > base.estimate || rate.high < base.estimate : null,
    };
  });
  const traits = [...new Map(rows.map((row) => [row.trait.id, row.trait])).values()].sort((a, b) => a.name.localeCompare(b.name));
  return { models, traits, cells };
}

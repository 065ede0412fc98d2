import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import { aggregateRate } from "@/lib/measurements/aggregate-rate";
import { compareWithInitialization, pairKey } from "@/lib/measurements/compare-with-initialization";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { mainProtocol } from "@/lib/measurements/measurement-seeds";
import type { Heatmap, HeatmapCell } from "./heatmap.types";

export type { Heatmap };

/** How many models the heatmap shows unless asked for another number: the most recently measured. */
const HEATMAP_MODELS = 40;

/**
 * Models by traits: each cell the model's rate on the trait and whether it shifted from its base model's.
 * The `limit` most recently measured models (with every measurement of theirs, and of their bases for the
 * comparison), and how many measured models there are in all.
 */
export async function getHeatmap(limit = HEATMAP_MODELS): Promise<Heatmap> {
  const prisma = await db();
  const [shownRows, [{ total }]] = await Promise.all([
    prisma.$queryRaw<{ model_id: string }[]>`
      SELECT model_id FROM measurements GROUP BY model_id ORDER BY max(measured_at) DESC, model_id LIMIT ${limit}`,
    prisma.$queryRaw<{ total: number }[]>`SELECT count(DISTINCT model_id)::int AS total FROM measurements`,
  ]);
  const shown = new Set(shownRows.map((row) => row.model_id));
  const bases = await prisma.model.findMany({
    where: { id: { in: [...shown] }, initializedFromId: { not: null } },
    select: { initializedFromId: true },
  });
  const rows = await prisma.measurement.findMany({
    where: { modelId: { in: [...shown, ...bases.flatMap((b) => (b.initializedFromId ? [b.initializedFromId] : []))] } },
    include: { ...measurementInclude, model: { select: { id: true, name: true, initializedFromId: true } } },
    orderBy: [{ measuredAt: "asc" }, { id: "asc" }],
  });
  const groups = new Map<string, MeasurementDto[]>();
  for (const row of rows) {
    const key = pairKey(row.modelId, row.traitId);
    groups.set(key, [...(groups.get(key) ?? []), toMeasurementDto(row)]);
  }
  const models = [
    ...new Map(rows.filter((row) => shown.has(row.modelId)).map((row) => [row.model.id, row.model])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const baseOf = new Map(models.map((model) => [model.id, model.initializedFromId]));
  const shownKeys = [...groups.keys()].filter((key) => shown.has(key.split("|")[0]));
  const comparable = shownKeys
    .map((key) => key.split("|"))
    .filter(([modelId, traitId]) => {
      const baseId = baseOf.get(modelId);
      return baseId && groups.has(pairKey(baseId, traitId));
    });
  const compared = await compareWithInitialization(comparable.map(([modelId, traitId]) => ({ modelId, traitId })));
  const cells = shownKeys.map((key): HeatmapCell => {
    const measurements = defined(groups.get(key), `measurements of ${key}`);
    const [modelId, traitId] = key.split("|");
    const protocol = defined(mainProtocol(measurements), `protocol of ${key}`);
    const seeds = measurements.filter((m) => m.protocol === protocol);
    const rate = defined(aggregateRate(seeds), `rate of ${key}`);
    const baseId = baseOf.get(modelId);
    const baseSeeds = baseId ? (groups.get(pairKey(baseId, traitId)) ?? []).filter((m) => m.protocol === protocol) : [];
    const vsBase = compared.get(key)?.comparison ?? null;
    return {
      modelId,
      traitId,
      protocol,
      value: rate.estimate,
      low: rate.low,
      high: rate.high,
      ...(rate.noInterval ? { noInterval: rate.noInterval } : {}),
      measurementCount: seeds.length,
      method: rate.method,
      baseValue: aggregateRate(baseSeeds)?.estimate ?? null,
      vsBase,
      differsFromBase: vsBase && vsBase.available ? vsBase.verdict !== "no-shift" : null,
    };
  });
  const traits = [
    ...new Map(rows.filter((row) => shown.has(row.modelId)).map((row) => [row.trait.id, row.trait])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  return { models, traits, cells, totalModels: total };
}

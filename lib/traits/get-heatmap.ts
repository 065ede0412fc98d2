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

/** Models by traits: each cell the model's rate on the trait and whether it shifted from its base model's. */
export async function getHeatmap(): Promise<Heatmap> {
  const prisma = await db();
  const rows = await prisma.measurement.findMany({
    include: { ...measurementInclude, model: { select: { id: true, name: true, initializedFromId: true } } },
    orderBy: [{ measuredAt: "asc" }, { id: "asc" }],
    take: 20_000,
  });
  const groups = new Map<string, MeasurementDto[]>();
  for (const row of rows) {
    const key = pairKey(row.modelId, row.traitId);
    groups.set(key, [...(groups.get(key) ?? []), toMeasurementDto(row)]);
  }
  const models = [...new Map(rows.map((row) => [row.model.id, row.model])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const baseOf = new Map(models.map((model) => [model.id, model.initializedFromId]));
  const comparable = [...groups.keys()]
    .map((key) => key.split("|"))
    .filter(([modelId, traitId]) => {
      const baseId = baseOf.get(modelId);
      return baseId && groups.has(pairKey(baseId, traitId));
    });
  const compared = await compareWithInitialization(comparable.map(([modelId, traitId]) => ({ modelId, traitId })));
  const cells = [...groups.entries()].map(([key, measurements]): HeatmapCell => {
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
  const traits = [...new Map(rows.map((row) => [row.trait.id, row.trait])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return { models, traits, cells };
}

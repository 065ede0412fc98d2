import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import { aggregateRate } from "@/lib/measurements/aggregate-rate";
import type { GroupComparison } from "@/lib/measurements/compare-groups";
import { compareWithInitialisation, pairKey } from "@/lib/measurements/compare-with-initialisation";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { mainProtocol } from "@/lib/measurements/measurement-seeds";

interface HeatmapCell {
  modelId: string;
  traitId: string;
  /** The protocol of the rate shown: the one the model was measured under most. */
  protocol: string;
  /** The model's rate: the mean across its measurements (seeds) with a t-interval, or its one measurement. */
  value: number;
  low: number;
  high: number;
  noInterval?: string;
  measurementCount: number;
  /** How the interval was computed, e.g. "t-95-seeds", "t-95-questions", "wilson-95". */
  method: string;
  /** The initialisation's rate on the trait under the same protocol, when measured. */
  baseValue: number | null;
  /** The model (with its condition's seeds) against its initialisation, by the one test of a difference; null for a base model or an unmeasured base. */
  vsBase: GroupComparison | null;
  /** vsBase found a shift, up or down; null when there is nothing to compare with. */
  differsFromBase: boolean | null;
}

export interface Heatmap {
  models: { id: string; name: string; initializedFromId: string | null }[];
  traits: { id: string; slug: string; name: string; higherIsWorse: boolean }[];
  cells: HeatmapCell[];
}

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
  const compared = await compareWithInitialisation(comparable.map(([modelId, traitId]) => ({ modelId, traitId })));
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

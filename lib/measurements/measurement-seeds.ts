import type { QuestionTally } from "@/lib/stats/group-questions";
import type { GroupMeasurement } from "./compare-groups";

// The measurements that stand for one side of a comparison (a model, or a condition's seed students),
// and the protocol both sides are compared under. Pure.

export interface SeedRow extends GroupMeasurement {
  measurementId: string;
  modelId: string;
  protocol: string;
  seed: number | null;
  measuredAt: string;
  questions: QuestionTally[] | null;
}

/**
 * The protocol two sides are compared under: one that both were measured with, the one with the
 * most measurements across both (then the most recent). Measurements under different protocols are
 * not comparable as seeds of one another. Null when the sides share none.
 */
export function chooseProtocol(a: readonly SeedRow[], b: readonly SeedRow[]): string | null {
  const inB = new Set(b.map((row) => row.protocol));
  const shared = new Map<string, { count: number; latest: string }>();
  for (const row of [...a, ...b]) {
    if (!inB.has(row.protocol) || !a.some((other) => other.protocol === row.protocol)) continue;
    const entry = shared.get(row.protocol) ?? { count: 0, latest: "" };
    shared.set(row.protocol, {
      count: entry.count + 1,
      latest: row.measuredAt > entry.latest ? row.measuredAt : entry.latest,
    });
  }
  const ranked = [...shared.entries()].sort(([, x], [, y]) => y.count - x.count || y.latest.localeCompare(x.latest));
  return ranked[0]?.[0] ?? null;
}

/**
 * The seeds of a side under one protocol: one measurement per (model, seed), the latest when a seed
 * was measured twice; a model's unseeded measurement counts once (its latest).
 */
export function seedsOf(rows: readonly SeedRow[], protocol: string): SeedRow[] {
  const latest = new Map<string, SeedRow>();
  for (const row of rows) {
    if (row.protocol !== protocol) continue;
    const key = `${row.modelId}|${row.seed ?? "none"}`;
    const seen = latest.get(key);
    if (
      !seen ||
      row.measuredAt > seen.measuredAt ||
      (row.measuredAt === seen.measuredAt && row.measurementId > seen.measurementId)
    )
      latest.set(key, row);
  }
  return [...latest.values()].sort(
    (x, y) => x.measuredAt.localeCompare(y.measuredAt) || x.measurementId.localeCompare(y.measurementId),
  );
}

/** The protocol a set of measurements is mostly under (then the most recent): the one a model's headline rate uses. */
export function mainProtocol(rows: readonly Pick<SeedRow, "protocol" | "measuredAt">[]): string | null {
  const byProtocol = new Map<string, { count: number; latest: string }>();
  for (const row of rows) {
    const entry = byProtocol.get(row.protocol) ?? { count: 0, latest: "" };
    byProtocol.set(row.protocol, {
      count: entry.count + 1,
      latest: row.measuredAt > entry.latest ? row.measuredAt : entry.latest,
    });
  }
  return (
    [...byProtocol.entries()].sort(([, x], [, y]) => y.count - x.count || y.latest.localeCompare(x.latest))[0]?.[0] ??
    null
  );
}

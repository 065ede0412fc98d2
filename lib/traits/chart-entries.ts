import type { TraitChartModel } from "./trait-chart.types";

/**
 * The trait chart's points under one protocol: conditions (seed students together) stand in for
 * their students, who stay in the table. Measurements under other protocols are not mixed in. Pure.
 */
export function chartEntriesFor(models: readonly TraitChartModel[], protocol: string): TraitChartModel[] {
  const inProtocol = models.filter((m) => m.protocol === protocol);
  const gathered = new Set(
    inProtocol.filter((m) => m.kind === "condition").flatMap((m) => m.members.map((member) => member.id)),
  );
  return inProtocol.filter((m) => m.kind === "condition" || !gathered.has(m.model.id));
}

/** The table's rows under one protocol: every model measured, conditions as well. */
export function tableEntriesFor(models: readonly TraitChartModel[], protocol: string): TraitChartModel[] {
  return models.filter((m) => m.protocol === protocol);
}

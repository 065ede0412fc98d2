import { ModelLink } from "@/components/entities/model-link";
import { RateBar } from "@/components/entities/rate-bar";
import { GROUP_LABELS, layoutTraitChart } from "@/components/entities/trait-chart-layout";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { defined } from "@/lib/defined";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { describeIntervalMethod, shortIntervalMethod } from "@/lib/measurements/interval-method";
import { intervalText, noIntervalReason } from "@/lib/measurements/interval-text";
import type { TraitChartModel } from "@/lib/traits/trait-chart.types";
import styles from "./trait-models-table.module.css";

/**
 * Every model measured on the trait under one protocol, in the chart's order, and each condition of
 * seed students with its rate across seeds: group, rate, interval and how it was computed, seeds, samples.
 */
export function TraitModelsTable({ models, scale }: { models: readonly TraitChartModel[]; scale: "rate" | "score" }) {
  const { points } = layoutTraitChart(models, scale);
  const isRate = scale === "rate";
  const byKey = new Map(models.map((m) => [m.key, m]));
  return (
    <DataTable
      className={styles.table}
      testId="trait-models-table"
      head={
        <>
          <th scope="col">Model</th>
          <th scope="col">Group</th>
          <th scope="col" className={table.num}>
            Rate
          </th>
          <th scope="col">
            <span className="visually-hidden">Rate chart</span>
          </th>
          <th scope="col">95% interval</th>
          <th scope="col" className={table.num}>
            Seeds
          </th>
          <th scope="col" className={table.num}>
            n
          </th>
        </>
      }
    >
      {points.map((p) => {
        const entry = defined(byKey.get(p.key), "the chart point's model");
        const reason = noIntervalReason(p);
        return (
          <tr key={p.key} data-control={p.isControl || undefined} data-kind={entry.kind}>
            <td>
              {entry.kind === "condition" ? (
                <>
                  <span className={styles.condition}>Condition: {entry.members.length} students</span>
                  <span className={table.secondary} title={entry.members.map((m) => m.name).join("\n")}>
                    {entry.members[0].name} and {entry.members.length - 1} more seed
                    {entry.members.length > 2 ? "s" : ""}
                  </span>
                </>
              ) : (
                <ModelLink model={{ id: p.id, name: p.name, version: null }} strong />
              )}
              {p.familyName !== p.name && <span className={table.secondary}>from {p.familyName}</span>}
            </td>
            <td>
              <span className={styles.group}>
                {GROUP_LABELS[p.group]}
                {p.isControl && (
                  <Badge
                    tone="gray"
                    variant="chip"
                    title="Trained on a control teacher's data, or tagged control: the comparison for the students"
                  >
                    control
                  </Badge>
                )}
              </span>
            </td>
            <td className={`${table.num} ${styles.rate}`}>{isRate ? formatPercent(p.estimate) : p.estimate}</td>
            <td>
              {isRate && (
                <RateBar
                  value={p.estimate}
                  low={reason ? null : Math.max(0, p.low)}
                  high={reason ? null : Math.min(1, p.high)}
                />
              )}
            </td>
            <td className={styles.intervalCell}>
              <span className={reason ? styles.noInterval : styles.interval}>{intervalText(p, scale)}</span>
              <span className={styles.method} title={describeIntervalMethod(p.method)}>
                {shortIntervalMethod(p.method)}
              </span>
            </td>
            <td className={table.num}>{formatInteger(p.seeds)}</td>
            <td className={table.num}>
              {p.samples === null ? <span className={table.dash}>—</span> : formatInteger(p.samples)}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

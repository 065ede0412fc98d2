import { ModelLink } from "@/components/models/model-link";
import { RateBar } from "@/components/models/rate-bar";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { describeIntervalMethod, hasInterval, shortIntervalMethod } from "@/lib/measurements/ui/interval-method";
import { GROUP_LABELS, layoutTraitChart, type TraitChartModelInput } from "@/lib/measurements/ui/trait-chart-layout";
import { formatInteger, formatInterval, formatPercent } from "@/lib/ui/format-number";
import styles from "./trait-models-table.module.css";

/** Every model measured on the trait, in the chart's order: group, rate, interval and how it was computed, seeds, samples. */
export function TraitModelsTable({ models }: { models: readonly TraitChartModelInput[] }) {
  const { points } = layoutTraitChart(models);
  const isRate = points.every((p) => p.low >= 0 && p.high <= 1);
  return (
    <DataTable
      className={styles.table}
      testId="trait-models-table"
      head={
        <>
          <th scope="col">Model</th>
          <th scope="col">Group</th>
          <th scope="col" className={table.num}>Rate</th>
          <th scope="col"><span className="visually-hidden">Rate chart</span></th>
          <th scope="col">95% interval</th>
          <th scope="col" className={table.num}>Seeds</th>
          <th scope="col" className={table.num}>n</th>
        </>
      }
    >
      {points.map((p) => (
        <tr key={p.id} data-control={p.isControl || undefined}>
          <td>
            <ModelLink model={{ id: p.id, name: p.name, version: null }} strong />
            {p.familyName !== p.name && <span className={table.secondary}>from {p.familyName}</span>}
          </td>
          <td>
            <span className={styles.group}>
              {GROUP_LABELS[p.group]}
              {p.isControl && <Badge tone="gray" variant="chip" title="Trained on a control teacher's data, or tagged control: the comparison for the students">control</Badge>}
            </span>
          </td>
          <td className={`${table.num} ${styles.rate}`}>{isRate ? formatPercent(p.estimate) : p.estimate}</td>
          <td>{isRate && <RateBar value={p.estimate} low={hasInterval(p.method) ? p.low : null} high={hasInterval(p.method) ? p.high : null} />}</td>
          <td className={table.nowrap}>
            {hasInterval(p.method) ? <span className={styles.interval}>{isRate ? formatInterval(p.low, p.high) : `[${p.low}, ${p.high}]`}</span> : <span className={table.dash}>—</span>}
            <span className={styles.method} title={describeIntervalMethod(p.method)}>{shortIntervalMethod(p.method)}</span>
          </td>
          <td className={table.num}>{formatInteger(p.seeds)}</td>
          <td className={table.num}>{p.samples === null ? <span className={table.dash}>—</span> : formatInteger(p.samples)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

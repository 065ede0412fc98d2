import { ModelLink } from "@/components/entities/model-link";
import { RateBar } from "@/components/entities/rate-bar";
import { GROUP_LABELS, layoutTraitChart, type TraitChartPoint } from "@/components/entities/trait-chart-layout";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { defined } from "@/lib/defined";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { describeIntervalMethod, shortIntervalMethod } from "@/lib/measurements/interval-method";
import { intervalText, noIntervalReason } from "@/lib/measurements/interval-text";
import type { TraitChartModel } from "@/lib/traits/trait-chart.types";
import styles from "./trait-models-table.module.css";

/** A chart point with the model or condition it stands for, and why it has no interval, if so. */
interface TraitModelRow {
  key: string;
  p: TraitChartPoint;
  entry: TraitChartModel;
  reason: string | null;
  scale: "rate" | "score";
}

function ModelCell({ p, entry }: TraitModelRow) {
  return (
    <>
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
    </>
  );
}

const COLUMNS: DataColumn<TraitModelRow>[] = [
  { header: "Model", cell: (row) => <ModelCell {...row} /> },
  {
    header: "Group",
    cell: ({ p }) => (
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
    ),
  },
  {
    header: "Rate",
    numeric: true,
    className: styles.rate,
    cell: ({ p, scale }) => (scale === "rate" ? formatPercent(p.estimate) : p.estimate),
  },
  {
    header: "Rate chart",
    hideHeader: true,
    cell: ({ p, reason, scale }) =>
      scale === "rate" && (
        <RateBar
          value={p.estimate}
          low={reason ? null : Math.max(0, p.low)}
          high={reason ? null : Math.min(1, p.high)}
        />
      ),
  },
  {
    header: "95% interval",
    className: styles.intervalCell,
    cell: ({ p, reason, scale }) => (
      <>
        <span className={reason ? styles.noInterval : styles.interval}>{intervalText(p, scale)}</span>
        <span className={styles.method} title={describeIntervalMethod(p.method)}>
          {shortIntervalMethod(p.method)}
        </span>
      </>
    ),
  },
  { header: "Seeds", numeric: true, cell: ({ p }) => formatInteger(p.seeds) },
  {
    header: "n",
    numeric: true,
    cell: ({ p }) => (p.samples === null ? <span className={table.dash}>—</span> : formatInteger(p.samples)),
  },
];

/**
 * Every model measured on the trait under one protocol, in the chart's order, and each condition of
 * seed students with its rate across seeds: group, rate, interval and how it was computed, seeds, samples.
 */
export function TraitModelsTable({ models, scale }: { models: readonly TraitChartModel[]; scale: "rate" | "score" }) {
  const { points } = layoutTraitChart(models, scale);
  const byKey = new Map(models.map((m) => [m.key, m]));
  const rows = points.map((p) => ({
    key: p.key,
    p,
    entry: defined(byKey.get(p.key), "the chart point's model"),
    reason: noIntervalReason(p),
    scale,
  }));
  return (
    <DataTable
      className={styles.table}
      testId="trait-models-table"
      columns={COLUMNS}
      rows={rows}
      rowProps={({ p, entry }) => ({ "data-control": p.isControl || undefined, "data-kind": entry.kind })}
    />
  );
}

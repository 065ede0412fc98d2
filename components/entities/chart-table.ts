// The rows behind each measurement chart: its "Table" view and its "CSV" download show exactly these.
// Rates stay proportions in the CSV; the table formats them by column kind.
import type { ChartColumn } from "@/components/ui/chart-column";
import type { CsvCell } from "@/lib/format/csv";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { formatPValue } from "@/lib/format/format-statistics";
import type { GroupComparison } from "@/lib/measurements/compare-groups";
import { formatPoints } from "@/lib/measurements/format-effect";
import { describeIntervalMethod } from "@/lib/measurements/interval-method";
import type { RateMatrix } from "@/lib/measurements/rate-matrix";
import { VERDICT_WORDS } from "@/lib/measurements/transfer-verdict";
import { hasInterval } from "@/lib/stats/interval";
import type { TraitChartPoint } from "./trait-chart-layout";

export type ColumnKind = "text" | "percent" | "points" | "integer" | "p-value";

interface TableColumn {
  header: string;
  kind?: ColumnKind;
}

export interface ChartTable {
  columns: TableColumn[];
  rows: CsvCell[][];
}

const round = (value: number, digits = 6) => Number(value.toFixed(digits));

/** How the table shows a cell of a column; the CSV keeps the raw value. */
export function formatCell(kind: ColumnKind | undefined, value: CsvCell): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  switch (kind) {
    case "percent":
      return formatPercent(value);
    case "points":
      return formatPoints(value);
    case "integer":
      return formatInteger(value);
    case "p-value":
      return formatPValue(value);
    default:
      return String(value);
  }
}

function isNumericColumn(kind: ColumnKind | undefined): boolean {
  return kind !== undefined && kind !== "text";
}

/** The table as the chart panel shows it: numbers right-aligned, each cell formatted by its column's kind. */
export function panelData(table: ChartTable): { columns: ChartColumn[]; rows: CsvCell[][] } {
  const columns = table.columns.map((column) => ({
    header: column.header,
    numeric: isNumericColumn(column.kind),
    format: (value: CsvCell) => formatCell(column.kind, value),
  }));
  return { columns, rows: table.rows };
}

const RATE_COLUMNS: TableColumn[] = [
  { header: "Rate", kind: "percent" },
  { header: "95% low", kind: "percent" },
  { header: "95% high", kind: "percent" },
  { header: "Interval" },
  { header: "Seeds", kind: "integer" },
  { header: "Samples", kind: "integer" },
];

/** An interval's bounds and how it was computed; no bounds, and why, when the data give none. */
function intervalCells(estimate: { low: number; high: number; method: string; noInterval?: string }): CsvCell[] {
  if (!hasInterval(estimate)) return [null, null, `no interval (${estimate.noInterval ?? "no width"})`];
  return [round(estimate.low), round(estimate.high), describeIntervalMethod(estimate.method)];
}

/** The trait chart: one row per model, in chart order. */
export function traitChartTable(
  points: readonly TraitChartPoint[],
  groupLabel: (point: TraitChartPoint) => string,
): ChartTable {
  return {
    columns: [{ header: "Model" }, { header: "Group" }, { header: "Control" }, ...RATE_COLUMNS],
    rows: points.map((p) => [
      p.name,
      groupLabel(p),
      p.isControl ? "yes" : "no",
      round(p.estimate),
      ...intervalCells(p),
      p.seeds,
      p.samples,
    ]),
  };
}

/** A rate matrix: one row per trait and model. */
export function rateMatrixTable(matrix: RateMatrix): ChartTable {
  return {
    columns: [{ header: "Trait" }, { header: "Model" }, { header: "Role" }, ...RATE_COLUMNS],
    rows: matrix.rows.flatMap((row) =>
      matrix.series.flatMap((series, i): CsvCell[][] => {
        const cell = row.cells[i];
        if (!cell) return [[row.label, series.model.name, series.role, null, null, null, "not measured", 0, null]];
        return [
          [
            row.label,
            series.model.name,
            series.role,
            round(cell.estimate),
            ...intervalCells(cell),
            cell.seeds,
            cell.samples,
          ],
        ];
      }),
    ),
  };
}

/** The heatmap: one row per measured cell, models in row order. */
export function heatmapTable(heatmap: HeatmapInput): ChartTable {
  const cellOf = new Map(heatmap.cells.map((cell) => [`${cell.modelId}|${cell.traitId}`, cell]));
  return {
    columns: [
      { header: "Model" },
      { header: "Trait" },
      { header: "Rate", kind: "percent" },
      { header: "95% low", kind: "percent" },
      { header: "95% high", kind: "percent" },
      { header: "Measurements", kind: "integer" },
      { header: "Base model rate", kind: "percent" },
      { header: "Against base model" },
      { header: "p-value", kind: "p-value" },
      { header: "Test" },
    ],
    rows: heatmap.models.flatMap((model) =>
      heatmap.traits.flatMap((trait): CsvCell[][] => {
        const cell = cellOf.get(`${model.id}|${trait.id}`);
        if (!cell) return [];
        const verdict = cell.vsBase === null ? "no base measured" : VERDICT_WORDS[cell.vsBase.verdict].label;
        const tested = cell.vsBase?.available ? cell.vsBase : null;
        return [
          [
            model.name,
            trait.name,
            round(cell.value),
            round(cell.low),
            round(cell.high),
            cell.measurementCount,
            cell.baseValue === null ? null : round(cell.baseValue),
            verdict,
            tested?.pValue ?? null,
            tested?.test ?? null,
          ],
        ];
      }),
    ),
  };
}

export interface HeatmapInput {
  models: { id: string; name: string }[];
  traits: { id: string; name: string }[];
  cells: {
    modelId: string;
    traitId: string;
    value: number;
    low: number;
    high: number;
    measurementCount: number;
    baseValue: number | null;
    vsBase: GroupComparison | null;
  }[];
}

export interface TransferRowInput {
  label: string;
  against: string | null;
  comparison: GroupComparison;
}

/** A trait's transfer effect: one row per comparison (vs control, vs initialisation). */
export function transferTable(trait: string, comparisons: readonly TransferRowInput[]): ChartTable {
  return {
    columns: [
      { header: "Trait" },
      { header: "Comparison" },
      { header: "Against" },
      { header: "Verdict" },
      { header: "Difference", kind: "points" },
      { header: "95% low", kind: "points" },
      { header: "95% high", kind: "points" },
      { header: "p-value", kind: "p-value" },
      { header: "Test" },
      { header: "Seeds (student vs other)" },
    ],
    rows: comparisons.map(({ label, against, comparison }) =>
      comparison.available
        ? [
            trait,
            label,
            against,
            VERDICT_WORDS[comparison.verdict].label,
            round(comparison.difference),
            comparison.noInterval ? null : round(comparison.low),
            comparison.noInterval ? null : round(comparison.high),
            comparison.pValue,
            comparison.test,
            `${comparison.groupSizes[0]} vs ${comparison.groupSizes[1]}`,
          ]
        : [
            trait,
            label,
            against,
            VERDICT_WORDS[comparison.verdict].label,
            null,
            null,
            null,
            null,
            comparison.reason,
            null,
          ],
    ),
  };
}

/**
 * Heatmap rows grouped by base family: each base model first, then the models initialised from it
 * (by depth, then name), families in the order of their bases' names.
 */
export function heatmapRowOrder<M extends { id: string; name: string; initializedFromId: string | null }>(
  models: readonly M[],
): M[] {
  const byId = new Map(models.map((model) => [model.id, model]));
  const lineage = (model: M) => {
    const chain = [model];
    let parent = model.initializedFromId ? byId.get(model.initializedFromId) : undefined;
    while (parent) {
      const parentId = parent.id;
      if (chain.some((m) => m.id === parentId)) break;
      chain.unshift(parent);
      parent = parent.initializedFromId ? byId.get(parent.initializedFromId) : undefined;
    }
    return chain;
  };
  return [...models].sort((a, b) => {
    const [chainA, chainB] = [lineage(a), lineage(b)];
    const root = chainA[0].name.localeCompare(chainB[0].name) || chainA[0].id.localeCompare(chainB[0].id);
    return root || chainA.length - chainB.length || a.name.localeCompare(b.name);
  });
}

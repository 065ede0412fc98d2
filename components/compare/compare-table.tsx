import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { describeIntervalMethod } from "@/lib/measurements/interval-method";
import { intervalText } from "@/lib/measurements/interval-text";
import type { RateMatrix } from "@/lib/measurements/rate-matrix";
import styles from "./compare-table.module.css";

type MatrixRow = RateMatrix["rows"][number];

const TRAIT_COLUMN: DataColumn<MatrixRow> = {
  header: "Trait",
  rowHeader: true,
  className: styles.rowHead,
  cell: (row) => (
    <span className={styles.traitHead}>
      <Link href={`/traits/${row.trait.slug}`} className={styles.traitLink}>
        {row.label}
      </Link>
      {row.intervalsApart && (
        <Badge tone="violet" title="Some two models' 95% intervals do not overlap: a description, not a test">
          intervals apart
        </Badge>
      )}
    </span>
  ),
};

function RateCell({ row, index }: { row: MatrixRow; index: number }) {
  const cell = row.cells[index];
  if (!cell) return "not measured";
  return (
    <>
      <span className={styles.rate}>{row.scale === "rate" ? formatPercent(cell.estimate) : cell.estimate}</span>
      <span className={styles.interval} title={describeIntervalMethod(cell.method)}>
        {intervalText(cell, row.scale)}
      </span>
      <span className={styles.counts}>
        {cell.samples === null ? "n —" : `n ${formatInteger(cell.samples)}`} · {cell.seeds}{" "}
        {cell.seeds === 1 ? "seed" : "seeds"}
      </span>
    </>
  );
}

/** Traits (rows) by models (columns): each model's rate, 95% interval, samples and seeds side by side. */
export function CompareTable({ matrix, colours }: { matrix: RateMatrix; colours: string[] }) {
  const modelColumns = matrix.series.map((series, index): DataColumn<MatrixRow> => ({
    header: (
      <>
        <span className={styles.swatch} style={{ background: colours[index] }} aria-hidden="true" />
        <Link href={`/models/${series.model.id}`} className={styles.modelLink}>
          {series.model.name}
        </Link>
      </>
    ),
    headerClassName: styles.modelHead,
    cellProps: (row) => ({ className: row.cells[index] ? styles.cell : styles.missing }),
    cell: (row) => <RateCell row={row} index={index} />,
  }));
  return (
    <DataTable
      className={styles.table}
      testId="compare-table"
      columns={[TRAIT_COLUMN, ...modelColumns]}
      rows={matrix.rows}
      rowProps={(row) => ({ "data-apart": row.intervalsApart || undefined })}
    />
  );
}

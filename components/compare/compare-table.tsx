import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import table from "@/components/ui/data-table.module.css";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { describeIntervalMethod } from "@/lib/measurements/interval-method";
import { intervalText } from "@/lib/measurements/interval-text";
import type { RateMatrix } from "@/lib/measurements/rate-matrix";
import styles from "./compare-table.module.css";

/** Traits (rows) by models (columns): each model's rate, 95% interval, samples and seeds side by side. */
export function CompareTable({ matrix, colours }: { matrix: RateMatrix; colours: string[] }) {
  return (
    <div className={table.scroller}>
      <table className={`${table.table} ${styles.table}`} data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">Trait</th>
            {matrix.series.map((series, i) => (
              <th key={series.key} scope="col" className={styles.modelHead}>
                <span className={styles.swatch} style={{ background: colours[i] }} aria-hidden="true" />
                <Link href={`/models/${series.model.id}`} className={styles.modelLink}>
                  {series.model.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.key} data-apart={row.intervalsApart || undefined}>
              <th scope="row" className={styles.rowHead}>
                <span className={styles.traitHead}>
                  <Link href={`/traits/${row.trait.slug}`} className={styles.traitLink}>
                    {row.label}
                  </Link>
                  {row.intervalsApart && (
                    <Badge
                      tone="violet"
                      title="Some two models' 95% intervals do not overlap: a description, not a test"
                    >
                      intervals apart
                    </Badge>
                  )}
                </span>
              </th>
              {row.cells.map((cell, i) => {
                if (!cell)
                  return (
                    <td key={matrix.series[i].key} className={styles.missing}>
                      not measured
                    </td>
                  );
                const rate = row.scale === "rate";
                return (
                  <td key={matrix.series[i].key} className={styles.cell}>
                    <span className={styles.rate}>{rate ? formatPercent(cell.estimate) : cell.estimate}</span>
                    <span className={styles.interval} title={describeIntervalMethod(cell.method)}>
                      {intervalText(cell, row.scale)}
                    </span>
                    <span className={styles.counts}>
                      {cell.samples === null ? "n —" : `n ${formatInteger(cell.samples)}`} · {cell.seeds}{" "}
                      {cell.seeds === 1 ? "seed" : "seeds"}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

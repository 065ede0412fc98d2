"use client";
import { Download } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import table from "@/components/ui/data-table.module.css";
import { toCsv } from "@/lib/datasets/ui/csv";
import { formatCell, isNumericColumn, type ChartTable } from "@/lib/measurements/ui/chart-table";
import { saveText } from "@/lib/ui/save-file";
import styles from "./rate-chart-panel.module.css";

interface RateChartPanelProps {
  title: ReactNode;
  /** Names the toggle and the download for assistive technology, e.g. "owl preference by model". */
  label: string;
  /** A line under the title. */
  summary?: ReactNode;
  /** The chart's data: the table and the CSV show exactly these rows. */
  data: ChartTable;
  csvFileName: string;
  chart: ReactNode;
  /** Under the chart or the table: notes every reader needs. */
  footer?: ReactNode;
  testId?: string;
  /** Without its own border, inside a card. */
  bare?: boolean;
  /** h2 where the panel stands on the page by itself, h3 inside a card. */
  headingLevel?: 2 | 3;
  id?: string;
}

/** A measurement chart with a Chart/Table toggle over the same rows, and those rows as a CSV download. */
export function RateChartPanel({ title, label, summary, data, csvFileName, chart, footer, testId, bare = false, headingLevel = 3, id }: RateChartPanelProps) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={bare ? `${styles.panel} ${styles.bare}` : styles.panel} data-testid={testId} aria-label={label} id={id}>
      <header className={styles.header}>
        <div className={styles.heading}>
          <Heading className={styles.title}>{title}</Heading>
          {summary && <p className={styles.summary}>{summary}</p>}
        </div>
        <div className={styles.controls}>
          <div className={styles.toggle} role="group" aria-label={`Show ${label} as`}>
            {(["chart", "table"] as const).map((option) => (
              <button key={option} type="button" className={styles.toggleButton} aria-pressed={view === option} onClick={() => setView(option)}>
                {option === "chart" ? "Chart" : "Table"}
              </button>
            ))}
          </div>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => saveText(toCsv(data.columns.map((column) => column.header), data.rows), csvFileName)}
            title={`Download ${csvFileName}`}
            aria-label={`Download ${label} as CSV`}
          >
            <Download size={13} aria-hidden="true" />
            CSV
          </Button>
        </div>
      </header>
      {view === "chart" ? (
        <div className={styles.chart}>{chart}</div>
      ) : (
        <div className={styles.tableScroller}>
          <table className={`${table.table} ${styles.table}`} data-testid={testId ? `${testId}-table` : undefined}>
            <thead>
              <tr>
                {data.columns.map((column) => (
                  <th key={column.header} scope="col" className={isNumericColumn(column.kind) ? table.num : undefined}>{column.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row, index) => (
                <tr key={index}>
                  {data.columns.map((column, c) => (
                    <td key={column.header} className={isNumericColumn(column.kind) ? table.num : undefined}>{formatCell(column.kind, row[c])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footer && <div className={styles.footer}>{footer}</div>}
    </section>
  );
}

"use client";
import { Download } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import table from "@/components/ui/data-table.module.css";
import { toCsv, type CsvCell } from "@/lib/datasets/ui/csv";
import { saveText } from "@/lib/ui/save-file";
import styles from "./chart-panel.module.css";

export interface ChartColumn {
  header: string;
  numeric?: boolean;
  /** How the table shows a value; the CSV keeps the raw value. */
  format?: (value: CsvCell) => string;
}

interface ChartPanelProps {
  title: string;
  /** A line under the title: the summary statistics. */
  summary?: ReactNode;
  columns: readonly ChartColumn[];
  /** The chart's data, one array a row in column order: the table and the CSV show exactly these. */
  rows: readonly (readonly CsvCell[])[];
  csvFileName: string;
  chart: ReactNode;
  /** Under the chart and the table, e.g. a note on values left out. */
  footnote?: ReactNode;
  testId?: string;
}

/** A chart with a Chart/Table toggle over the same rows, and those rows as a CSV download. */
export function ChartPanel({ title, summary, columns, rows, csvFileName, chart, footnote, testId }: ChartPanelProps) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const headingId = testId ? `${testId}-title` : undefined;
  return (
    <section className={styles.panel} data-testid={testId} aria-labelledby={headingId}>
      <header className={styles.header}>
        <div className={styles.heading}>
          <h3 className={styles.title} id={headingId}>{title}</h3>
          {summary && <p className={styles.summary}>{summary}</p>}
        </div>
        <div className={styles.controls}>
          <div className={styles.toggle} role="group" aria-label={`Show ${title.toLowerCase()} as`}>
            {(["chart", "table"] as const).map((option) => (
              <button key={option} type="button" className={styles.toggleButton} aria-pressed={view === option} onClick={() => setView(option)}>
                {option === "chart" ? "Chart" : "Table"}
              </button>
            ))}
          </div>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => saveText(toCsv(columns.map((column) => column.header), rows), csvFileName)}
            title={`Download ${csvFileName}`}
            aria-label={`Download ${title.toLowerCase()} as CSV`}
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
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={column.numeric ? table.num : undefined}>{column.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {columns.map((column, c) => (
                    <td key={column.header} className={column.numeric ? table.num : undefined}>
                      {column.format ? column.format(row[c]) : String(row[c] ?? "")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footnote && <p className={styles.footnote}>{footnote}</p>}
    </section>
  );
}

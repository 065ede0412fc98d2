"use client";
import { Download } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "./button";
import type { ChartColumn } from "./chart-column";
import table from "./data-table.module.css";
import { saveText } from "./save-file";
import { toCsv, type CsvCell } from "@/lib/format/csv";
import styles from "./chart-panel.module.css";

interface ChartPanelProps {
  title: ReactNode;
  /** Names the toggle and the download for assistive technology, e.g. "owl preference by model". */
  label: string;
  /** A line under the title. */
  summary?: ReactNode;
  columns: readonly ChartColumn[];
  /** The chart's data, one array a row in column order: the table and the CSV show exactly these. */
  rows: readonly (readonly CsvCell[])[];
  csvFileName: string;
  chart: ReactNode;
  /** Under the chart or the table: notes every reader needs. */
  footer?: ReactNode;
  testId?: string;
  /** compact: small multiples side by side (a dataset's statistics); regular: a chart that stands alone. */
  density?: "compact" | "regular";
  /** Without its own border, inside a card. */
  bare?: boolean;
  /** h2 where the panel stands on the page by itself, h3 inside a card. */
  headingLevel?: 2 | 3;
  id?: string;
}

/** A chart with a Chart/Table toggle over the same rows, and those rows as a CSV download: every chart's data is readable. */
export function ChartPanel(props: ChartPanelProps) {
  const {
    title,
    label,
    summary,
    columns,
    rows,
    csvFileName,
    chart,
    footer,
    testId,
    density = "regular",
    bare = false,
    headingLevel = 3,
    id,
  } = props;
  const [view, setView] = useState<"chart" | "table">("chart");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const className = [styles.panel, density === "compact" ? styles.compact : "", bare ? styles.bare : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <section className={className} data-testid={testId} aria-label={label} id={id}>
      <header className={styles.header}>
        <div className={styles.heading}>
          <Heading className={styles.title}>{title}</Heading>
          {summary && <p className={styles.summary}>{summary}</p>}
        </div>
        <div className={styles.controls}>
          <div className={styles.toggle} role="group" aria-label={`Show ${label} as`}>
            {(["chart", "table"] as const).map((option) => (
              <button
                key={option}
                type="button"
                className={styles.toggleButton}
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {option === "chart" ? "Chart" : "Table"}
              </button>
            ))}
          </div>
          <Button
            variant="ghost"
            size="sm"
            onClick={() =>
              saveText(
                toCsv(
                  columns.map((column) => column.header),
                  rows,
                ),
                csvFileName,
              )
            }
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
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={column.numeric ? table.num : undefined}>
                    {column.header}
                  </th>
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
      {footer && <div className={styles.footer}>{footer}</div>}
    </section>
  );
}

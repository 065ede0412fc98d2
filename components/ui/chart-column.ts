import type { CsvCell } from "@/lib/format/csv";

/** A column of a chart's table view (components/ui/chart-panel): the CSV keeps raw values, the table formats them. */
export interface ChartColumn {
  header: string;
  numeric?: boolean;
  /** How the table shows a value; the CSV keeps the raw value. */
  format?: (value: CsvCell) => string;
}

import type { CsvCell } from "@/lib/format/csv";
import { formatInteger } from "@/lib/format/format-number";

/** A column of a chart's table view (components/ui/chart-panel): the CSV keeps raw values, the table formats them. */
export interface ChartColumn {
  header: string;
  numeric?: boolean;
  /** How the table shows a value; the CSV keeps the raw value. */
  format?: (value: CsvCell) => string;
}

/** A count in a chart's table: grouped digits. */
export const integerCell = (value: CsvCell) => formatInteger(Number(value));

// Plain-text tables for terminals: a header row, columns padded to their widest cell, long cells cut.
import type { Page } from "@/lib/pagination/cursor-page";

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  align?: "left" | "right";
  /** Longest cell before it is cut with "…". */
  max?: number;
}

function cell(value: string | number | null | undefined, max?: number): string {
  const text = value === null || value === undefined || value === "" ? "-" : String(value).replace(/\s+/g, " ");
  return max !== undefined && text.length > max ? `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…` : text;
}

export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], empty = "(none)"): string {
  if (rows.length === 0) return empty;
  const cells = rows.map((row) => columns.map((column) => cell(column.value(row), column.max)));
  const widths = columns.map((column, i) => Math.max(column.header.length, ...cells.map((line) => line[i].length)));
  const pad = (text: string, i: number) =>
    columns[i].align === "right" ? text.padStart(widths[i]) : text.padEnd(widths[i]);
  const line = (texts: string[]) => texts.map(pad).join("  ").trimEnd();
  return [line(columns.map((column) => column.header)), ...cells.map(line)].join("\n");
}

/** One page of a list as a table, followed by the option that shows the next page when there is one. */
export function renderPage<T>(page: Page<T>, columns: readonly Column<T>[]): string {
  const table = renderTable(page.items, columns);
  return page.nextCursor ? `${table}\n\nMore: --cursor ${page.nextCursor}` : table;
}

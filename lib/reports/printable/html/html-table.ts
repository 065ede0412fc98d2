// A report table as HTML: columns sized by their share, numbers right-aligned, hashes monospaced.
import type { ReportTable } from "../report-tables";
import { escapeHtml, escapeLines } from "./escape-html";

export function htmlTable(table: ReportTable, caption: string): string {
  if (table.rows.length === 0) return `<p class="empty">${escapeHtml(table.empty)}</p>`;
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const classes = (column: ReportTable["columns"][number]) =>
    [column.align === "right" ? "num" : "", column.mono ? "mono" : ""].filter(Boolean).join(" ");
  const cols = table.columns
    .map((column) => `<col style="width:${((column.width / total) * 100).toFixed(1)}%">`)
    .join("");
  const head = table.columns
    .map(
      (column) => `<th scope="col"${column.align === "right" ? ' class="num"' : ""}>${escapeHtml(column.header)}</th>`,
    )
    .join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td class="${classes(table.columns[i])}">${escapeLines(cell)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const notes = table.notes?.length
    ? `<ol class="table-notes">${table.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join("")}</ol>`
    : "";
  return `<table><caption>${escapeHtml(caption)}</caption><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${notes}`;
}

// A report table in the PDF. Cells are wrapped here with Helvetica's metrics (hashes cut to Courier's
// fixed width), each row is kept on one page, and the column headings repeat at the top of every page
// the table runs onto.
import { GRID, INK } from "../report-palette";
import type { ReportTable } from "../report-tables";
import { baselineOffset, lineHeight, linesOf, type PdfCanvas } from "./pdf-canvas";
import { pdfText } from "./pdf-text";
import { TEXT, type PdfTextStyle } from "./pdf-styles";

const CELL_PADDING = 3;

interface Row {
  cells: string[][];
  height: number;
}

function layoutRow(cells: readonly string[], widths: readonly number[], styles: readonly PdfTextStyle[]): Row {
  const lines = cells.map((cell, i) => linesOf(pdfText(cell), widths[i] - 2 * CELL_PADDING, styles[i]));
  const height = Math.max(...lines.map((l, i) => l.length * lineHeight(styles[i]))) + 2 * CELL_PADDING;
  return { cells: lines, height };
}

export function drawTable(canvas: PdfCanvas, table: ReportTable, title: string): void {
  // The title stays with at least the heading and a row.
  canvas.ensure(40);
  canvas.y += 10;
  canvas.lines(linesOf(pdfText(title), canvas.width, TEXT.h3), TEXT.h3);
  canvas.y += 4;
  if (table.rows.length === 0) {
    canvas.paragraph(table.empty, TEXT.empty, { marginBottom: 0 });
    return;
  }
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => (column.width / total) * canvas.width);
  const cellStyles = table.columns.map((column) => (column.mono ? TEXT.cellMono : TEXT.cell));
  const head = layoutRow(
    table.columns.map((column) => column.header),
    widths,
    table.columns.map(() => TEXT.cellHead),
  );
  const drawRow = (row: Row, styles: readonly PdfTextStyle[], border: { color: string; width: number }) => {
    let x = canvas.left;
    row.cells.forEach((lines, i) => {
      const style = styles[i];
      const right = table.columns[i].align === "right";
      lines.forEach((line, n) => {
        const baseline = canvas.y + CELL_PADDING + n * lineHeight(style) + baselineOffset(style);
        if (right) canvas.textAt(line, x + widths[i] - CELL_PADDING, baseline, style, "end");
        else canvas.textAt(line, x + CELL_PADDING, baseline, style);
      });
      x += widths[i];
    });
    canvas.y += row.height;
    canvas.rule(canvas.y + border.width / 2, border.color, border.width);
    canvas.y += border.width;
  };
  const drawHead = () =>
    drawRow(
      head,
      table.columns.map(() => TEXT.cellHead),
      { color: INK, width: 1 },
    );
  drawHead();
  for (const cells of table.rows) {
    const row = layoutRow(cells, widths, cellStyles);
    if (canvas.ensure(row.height + 0.5)) drawHead();
    drawRow(row, cellStyles, { color: GRID, width: 0.5 });
  }
  (table.notes ?? []).forEach((note, n) => {
    canvas.y += n === 0 ? 5 : 1;
    canvas.lines(linesOf(pdfText(`[${n + 1}] ${note}`), canvas.width - 2 * CELL_PADDING, TEXT.cell), TEXT.cell, {
      x: canvas.left + CELL_PADDING,
    });
  });
}

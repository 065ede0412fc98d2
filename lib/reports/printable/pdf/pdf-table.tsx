// A report table in the PDF. Cells are wrapped here with Helvetica's metrics (hashes cut to Courier's
// fixed width), so react-pdf never has to break a long word or let it run into the next column.
import { Text, View } from "@react-pdf/renderer";
import type { ReportTable } from "../report-tables";
import { wrapText } from "../text-metrics";
import { pdfText } from "./pdf-text";
import { CONTENT_WIDTH, styles } from "./pdf-styles";

const CELL_PADDING = 3;
const FONT_SIZE = 7.5;
const MONO_SIZE = 7;
/** Courier's advance is 600/1000 em for every character. */
const MONO_ADVANCE = 0.6;

/** Hex digests cut into lines of whole groups of 8 characters where the column allows, so they read in blocks. */
function monoLines(text: string, width: number): string[] {
  const fits = Math.max(4, Math.floor(width / (MONO_ADVANCE * MONO_SIZE)));
  const perLine = fits >= 8 ? fits - (fits % 8) : fits;
  return text.split("\n").flatMap((line) => line.match(new RegExp(`.{1,${perLine}}`, "g")) ?? [""]);
}

function cellLines(text: string, width: number, mono: boolean | undefined): string {
  const safe = pdfText(text);
  if (mono) return monoLines(safe, width).join("\n");
  // A little slack: react-pdf's line breaking and ours must agree even where rounding differs.
  return safe
    .split("\n")
    .flatMap((line) => wrapText(line, width - 1.5, { fontSize: FONT_SIZE }))
    .join("\n");
}

export function PdfTable({
  table,
  title,
  width = CONTENT_WIDTH,
}: {
  table: ReportTable;
  title: string;
  width?: number;
}) {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => (column.width / total) * width);
  return (
    <View>
      <Text style={styles.tableTitle} minPresenceAhead={40}>
        {pdfText(title)}
      </Text>
      {table.rows.length === 0 ? (
        <Text style={styles.empty}>{pdfText(table.empty)}</Text>
      ) : (
        <View>
          <View style={styles.tableHead} fixed>
            {table.columns.map((column, i) => (
              <Text key={i} style={[styles.th, { width: widths[i], textAlign: column.align ?? "left" }]}>
                {cellLines(column.header, widths[i] - 2 * CELL_PADDING, false)}
              </Text>
            ))}
          </View>
          {table.rows.map((row, r) => (
            <View key={r} style={styles.tableRow} wrap={false}>
              {row.map((cell, i) => (
                <Text
                  key={i}
                  style={[
                    styles.td,
                    { width: widths[i], textAlign: table.columns[i].align ?? "left" },
                    table.columns[i].mono ? { fontFamily: "Courier", fontSize: MONO_SIZE } : {},
                  ]}
                >
                  {cellLines(cell, widths[i] - 2 * CELL_PADDING, table.columns[i].mono)}
                </Text>
              ))}
            </View>
          ))}
          {(table.notes ?? []).map((note, n) => (
            <Text key={`note-${n}`} style={[styles.td, { width, paddingTop: n === 0 ? 5 : 1 }]}>
              {cellLines(`[${n + 1}] ${note}`, width - 2 * CELL_PADDING, false)}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

// One page of the PDF's lineage figure; the last also carries its legend and caption.
import { Text, View } from "@react-pdf/renderer";
import { omittedNote } from "../figure-nodes";
import type { FigureScale } from "../figure-slices";
import type { LineageFigure } from "../lineage-figure-layout";
import type { ReportOutline } from "../report-outline";
import { PdfLineageFigure } from "./pdf-lineage-figure";
import { LineageLegend } from "./pdf-lineage-legend";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

export function LineageSlice({
  outline,
  figure,
  fit,
  slice,
}: {
  outline: ReportOutline;
  figure: LineageFigure;
  fit: FigureScale;
  slice: number;
}) {
  const last = slice === fit.slices.length - 1;
  const part = fit.slices.length > 1 ? ` (part ${slice + 1} of ${fit.slices.length})` : "";
  return (
    <View>
      <Text style={styles.h2}>{`2. Lineage${part}`}</Text>
      {figure.nodes.length === 0 ? (
        <Text style={styles.empty}>No models or datasets to draw.</Text>
      ) : (
        <PdfLineageFigure figure={figure} fit={fit} slice={slice} />
      )}
      {last ? (
        <View>
          <LineageLegend outline={outline} />
          <Text style={styles.caption}>
            <Text style={styles.captionLead}>Figure 1. Lineage. </Text>
            {pdfText(outline.lineage.caption + omittedNote(figure))}
          </Text>
        </View>
      ) : null}
    </View>
  );
}

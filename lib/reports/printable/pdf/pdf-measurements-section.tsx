// The PDF's charts, one per trait, and the table of every measurement.
import { Text, View } from "@react-pdf/renderer";
import { layoutMeasurementChart } from "../measurement-chart-layout";
import type { ReportOutline } from "../report-outline";
import { PdfMeasurementChart } from "./pdf-measurement-chart";
import { PdfTable } from "./pdf-table";
import { pdfText } from "./pdf-text";
import { CONTENT_WIDTH, styles } from "./pdf-styles";

export function MeasurementsSection({ outline }: { outline: ReportOutline }) {
  return (
    <View>
      <Text style={styles.h2}>4. Measurements</Text>
      {outline.charts.length === 0 ? (
        <Text style={styles.empty}>{pdfText(outline.tables.measurements.empty)}</Text>
      ) : null}
      {outline.charts.map((chart) => (
        <View key={chart.figureNumber} wrap={false} style={{ marginBottom: 12 }}>
          <Text style={styles.h3}>{pdfText(chart.title)}</Text>
          <PdfMeasurementChart layout={layoutMeasurementChart(chart.series, { width: CONTENT_WIDTH })} />
          <Text style={styles.caption}>
            <Text style={styles.captionLead}>{pdfText(`Figure ${chart.figureNumber}. ${chart.title}. `)}</Text>
            {pdfText(chart.caption)}
          </Text>
        </View>
      ))}
      {outline.tables.measurements.rows.length > 0 ? (
        <PdfTable table={outline.tables.measurements} title="Every measurement" />
      ) : null}
    </View>
  );
}

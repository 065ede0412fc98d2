// The PDF's tables of models, datasets, generations and runs.
import { Text, View } from "@react-pdf/renderer";
import type { ReportOutline } from "../report-outline";
import { PdfTable } from "./pdf-table";
import { styles } from "./pdf-styles";

export function RecordsSection({ outline }: { outline: ReportOutline }) {
  const { tables } = outline;
  return (
    <View>
      <Text style={styles.h2}>3. Models, datasets, generations and runs</Text>
      <PdfTable table={tables.models} title="Models" />
      <PdfTable table={tables.datasets} title="Datasets" />
      <PdfTable table={tables.generations} title="Generations (a teacher writing a dataset)" />
      <PdfTable table={tables.runs} title="Training runs" />
      <PdfTable table={tables.transfers} title="Transfer effects (each subject's run, as its run page states them)" />
    </View>
  );
}

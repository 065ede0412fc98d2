// The PDF's title block: the subject, and what identifies this report; on a report of demo data the title
// says DEMO and the notice follows it.
import { Text, View } from "@react-pdf/renderer";
import type { ReportOutline } from "../report-outline";
import { PdfDemoNotice } from "./pdf-demo-mark";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

export function TitleSection({ outline, subjectName }: { outline: ReportOutline; subjectName: string }) {
  return (
    <View style={styles.titleRule}>
      <Text style={styles.eyebrow}>PEDIGREE · PROVENANCE REPORT</Text>
      <Text style={styles.title}>
        {outline.demo ? <Text style={styles.demoTag}>DEMO · </Text> : null}
        {pdfText(subjectName)}
      </Text>
      <Text style={styles.scope}>{pdfText(outline.scopeLabel)}</Text>
      {outline.demo ? <PdfDemoNotice demo={outline.demo} /> : null}
      <View style={styles.fields}>
        {outline.titleBlock.map((field) => (
          <View key={field.label} style={styles.fieldRow}>
            <Text style={styles.fieldLabel}>{field.label}</Text>
            <Text style={[styles.fieldValue, field.mono ? styles.mono : {}]}>{pdfText(field.value)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

// The PDF's title block: the subject, and what identifies this report.
import { Text, View } from "@react-pdf/renderer";
import type { ReportOutline } from "../report-outline";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

export function TitleSection({ outline, subjectName }: { outline: ReportOutline; subjectName: string }) {
  return (
    <View style={styles.titleRule}>
      <Text style={styles.eyebrow}>PEDIGREE · PROVENANCE REPORT</Text>
      <Text style={styles.title}>{pdfText(subjectName)}</Text>
      <Text style={styles.scope}>{pdfText(outline.scopeLabel)}</Text>
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

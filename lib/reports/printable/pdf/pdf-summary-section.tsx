// The PDF's plain-language summary.
import { Text, View } from "@react-pdf/renderer";
import type { ReportOutline } from "../report-outline";
import { PdfParagraph as P } from "./pdf-paragraph";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

export function SummarySection({ outline }: { outline: ReportOutline }) {
  const { summary } = outline;
  return (
    <View>
      <Text style={styles.h2}>1. Summary</Text>
      <P>{pdfText(summary.scope)}</P>
      {summary.subjects.map((subject) => (
        <View key={subject.modelId} style={styles.subject} wrap={false}>
          <Text style={[styles.h3, { marginTop: 0 }]}>{pdfText(subject.name)}</Text>
          {subject.paragraphs.map((paragraph, i) => (
            <P key={i}>{pdfText(paragraph)}</P>
          ))}
        </View>
      ))}
      {summary.rest ? <P marginTop={8}>{pdfText(summary.rest)}</P> : null}
      <Text style={styles.background}>{pdfText(summary.background)}</Text>
      <Text style={styles.reference}>{pdfText(summary.reference)}</Text>
    </View>
  );
}

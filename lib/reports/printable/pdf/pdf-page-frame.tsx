// Running header and footer of every PDF page: the report and its subject, the page number.
import { Text, View } from "@react-pdf/renderer";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

export function PdfPageFrame({ subject, reportId, generated }: { subject: string; reportId: string; generated: string }) {
  return (
    <>
      <View style={styles.header} fixed>
        <Text>{pdfText(`Pedigree provenance report: ${subject}`)}</Text>
        <Text>{pdfText(reportId)}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>{pdfText(`Generated ${generated}`)}</Text>
        <Text render={({ pageNumber, totalPages }) => `page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

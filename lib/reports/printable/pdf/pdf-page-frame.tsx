// Running header and footer of every PDF page: the report and its subject, the page number; on a report of
// demo data also the DEMO banner under the header.
import { Text, View } from "@react-pdf/renderer";
import { PdfDemoBanner } from "./pdf-demo-mark";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

export function PdfPageFrame({
  subject,
  reportId,
  generated,
  demo,
}: {
  subject: string;
  reportId: string;
  generated: string;
  demo: boolean;
}) {
  return (
    <>
      <View style={styles.header} fixed>
        <Text>{pdfText(`Pedigree provenance report: ${subject}`)}</Text>
        <Text>{pdfText(reportId)}</Text>
      </View>
      {demo ? <PdfDemoBanner /> : null}
      <View style={styles.footer} fixed>
        <Text>{pdfText(`Generated ${generated}`)}</Text>
        <Text render={({ pageNumber, totalPages }) => `page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

// The PDF's verification section: identifiers and how to check the signature kept in the metadata.
import { Text, View } from "@react-pdf/renderer";
import type { ReportOutline } from "../report-outline";
import { PdfParagraph as P } from "./pdf-paragraph";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

export function VerificationSection({ outline }: { outline: ReportOutline }) {
  const v = outline.verification;
  return (
    <View wrap={false} style={{ marginTop: 14 }}>
      <Text style={styles.h2}>6. Verification</Text>
      <P>
        This file is signed with the instance&apos;s Ed25519 key. The signature is written into the file&apos;s metadata
        (its Keywords) after the pages are drawn, so it cannot be printed here; it covers every byte of the file with
        the signature itself blanked, so any change to the file breaks it.
      </P>
      <View style={styles.fields}>
        {v.fields.map(({ label, value }) => (
          <View key={label} style={styles.fieldRow}>
            <Text style={styles.fieldLabel}>{label}</Text>
            <Text style={[styles.fieldValue, styles.mono]}>{pdfText(value)}</Text>
          </View>
        ))}
      </View>
      {v.steps.map((step, i) => (
        <View key={i} style={styles.step}>
          <Text style={styles.stepNumber}>{`${i + 1}.`}</Text>
          <Text style={styles.stepText}>{pdfText(step)}</Text>
        </View>
      ))}
    </View>
  );
}

// A paragraph of the PDF's body text.
import { Text } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { styles } from "./pdf-styles";

export function PdfParagraph({ children, marginTop }: { children: ReactNode; marginTop?: number }) {
  return <Text style={marginTop === undefined ? styles.paragraph : [styles.paragraph, { marginTop }]}>{children}</Text>;
}

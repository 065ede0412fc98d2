// The DEMO mark of a PDF of demo data. On every page: a banner under the running header, and a diagonal
// watermark drawn over the content (last on the page, so that no figure or table hides it), faint enough
// that the content stays readable. Under the title: the notice, saying how much of the report is demo data.
import { Text, View } from "@react-pdf/renderer";
import { DEMO_BANNER, DEMO_WATERMARK, type DemoMark } from "../../report-demo-mark";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

export function PdfDemoBanner() {
  return (
    <Text style={styles.demoBanner} fixed>
      {pdfText(DEMO_BANNER)}
    </Text>
  );
}

/** A4 in points, and the angle of its diagonal (atan(842 / 595) is about 55 degrees). */
const PAGE = {
  portrait: { width: 595.28, height: 841.89, angle: -55 },
  landscape: { width: 841.89, height: 595.28, angle: -35 },
} as const;
/** The watermark's box, centred on the page (and narrower than it) and turned about its centre. */
const BOX = { width: 560, height: 210 };

/**
 * A box of explicit size and place: a box left to size itself around text this large, centred by flex, came
 * out off-centre on a full page and without the word on an empty one.
 */
export function PdfDemoWatermark({ orientation }: { orientation: keyof typeof PAGE }) {
  const { width, height, angle } = PAGE[orientation];
  const place = {
    left: (width - BOX.width) / 2,
    top: (height - BOX.height) / 2,
    ...BOX,
    transform: `rotate(${angle}deg)`,
  };
  return (
    <View style={[styles.demoWatermark, place]} fixed>
      <Text style={styles.demoWatermarkWord}>{DEMO_WATERMARK.word}</Text>
      <Text style={styles.demoWatermarkLine}>{DEMO_WATERMARK.line}</Text>
    </View>
  );
}

export function PdfDemoNotice({ demo }: { demo: DemoMark }) {
  return (
    <View style={styles.demoNotice} wrap={false}>
      <Text style={styles.demoNoticeLabel}>{pdfText(demo.label)}</Text>
      <Text style={styles.demoNoticeText}>{pdfText(demo.statement)}</Text>
    </View>
  );
}

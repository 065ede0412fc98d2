// The PDF's inherited-exposure section: each path from a trait's source, with its risk.
import { Line, Path, Svg, Text, View } from "@react-pdf/renderer";
import { EXPOSURE_INTRO, NO_EXPOSURE, moreSourcesText } from "../report-exposures";
import type { ReportOutline } from "../report-outline";
import { MUTED } from "../report-palette";
import { PdfParagraph as P } from "./pdf-paragraph";
import { pdfText } from "./pdf-text";
import { styles } from "./pdf-styles";

/** A small drawn arrow between path steps (Helvetica has no "→"). */
function StepArrow() {
  return (
    <Svg width={14} height={8} viewBox="0 0 14 8" style={{ marginHorizontal: 3 }}>
      <Line x1={1} y1={4} x2={9} y2={4} stroke={MUTED} strokeWidth={1.1} />
      <Path d="M 13 4 L 8.5 1.5 L 8.5 6.5 Z" fill={MUTED} />
    </Svg>
  );
}

export function ExposureSection({ outline }: { outline: ReportOutline }) {
  return (
    <View>
      <Text style={styles.h2}>5. Inherited exposure</Text>
      <P>{EXPOSURE_INTRO}</P>
      {outline.exposures.length === 0 ? <Text style={styles.empty}>{NO_EXPOSURE}</Text> : null}
      {outline.exposures.map((item) => (
        <View key={`${item.modelId}:${item.trait}`} style={styles.exposure} wrap={false}>
          <Text style={[styles.h3, { marginTop: 0, marginBottom: 1 }]}>{pdfText(`${item.model}: ${item.trait}`)}</Text>
          <Text style={styles.status}>{pdfText(item.statusLabel)}</Text>
          {item.details.map((detail, i) => (
            <Text key={i} style={styles.status}>
              {pdfText(detail)}
            </Text>
          ))}
          {item.paths.map((path, i) => (
            <View key={i} style={{ marginTop: 3 }}>
              <View style={styles.pathRow}>
                <Text style={path.risk === "high" ? styles.riskHigh : styles.riskLower}>{path.riskLabel}</Text>
                {path.steps.map((step, s) => (
                  <View key={s} style={{ flexDirection: "row", alignItems: "center" }}>
                    {s > 0 ? <StepArrow /> : null}
                    <Text style={styles.pathStep}>{pdfText(step)}</Text>
                  </View>
                ))}
              </View>
              <Text style={styles.reason}>{pdfText(path.reason)}</Text>
            </View>
          ))}
          {item.moreSources > 0 ? (
            <Text style={styles.reason}>{pdfText(moreSourcesText(item.moreSources))}</Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}

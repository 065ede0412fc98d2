// The lineage figure's legend in the PDF: node kinds by colour and shape, edge kinds by line.
import { Line, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ReportOutline } from "../report-outline";
import { ACCENT, FAINT, MUTED, ROLE_COLOURS } from "../report-palette";
import { styles } from "./pdf-styles";

function Swatch({ children }: { children: ReactNode }) {
  return (
    <Svg width={18} height={10} viewBox="0 0 18 10" style={{ marginRight: 4 }}>
      {children}
    </Svg>
  );
}

export function LineageLegend({ outline }: { outline: ReportOutline }) {
  return (
    <View style={styles.legend}>
      {outline.lineage.roles.map(({ role, label }) => (
        <View key={role} style={styles.legendItem}>
          <Swatch>
            <Rect
              x={1}
              y={1}
              width={16}
              height={8}
              rx={role === "dataset" ? 4 : 2}
              ry={role === "dataset" ? 3 : 2}
              fill={ROLE_COLOURS[role].fill}
              stroke={ROLE_COLOURS[role].stroke}
              strokeWidth={1}
            />
          </Swatch>
          <Text>{label}</Text>
        </View>
      ))}
      {outline.lineage.highlightSubject ? (
        <View style={styles.legendItem}>
          <Swatch>
            <Rect
              x={1.2}
              y={1.2}
              width={15.6}
              height={7.6}
              rx={2}
              ry={2}
              fill="#ffffff"
              stroke={ACCENT}
              strokeWidth={2}
            />
          </Swatch>
          <Text>Report subject</Text>
        </View>
      ) : null}
      {outline.lineage.edgeKinds.map(({ kind, label }) => (
        <View key={kind} style={styles.legendItem}>
          <Swatch>
            <Line
              x1={0}
              y1={5}
              x2={13}
              y2={5}
              stroke={kind === "initialized_from" ? FAINT : MUTED}
              strokeWidth={1.2}
              strokeDasharray={kind === "initialized_from" ? "3 2" : undefined}
            />
            <Path d="M 18 5 L 13 2.4 L 13 7.6 Z" fill={kind === "initialized_from" ? FAINT : MUTED} />
          </Swatch>
          <Text>{label}</Text>
        </View>
      ))}
    </View>
  );
}

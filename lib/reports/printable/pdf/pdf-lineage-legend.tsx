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

function LegendItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View style={styles.legendItem}>
      <Swatch>{children}</Swatch>
      <Text>{label}</Text>
    </View>
  );
}

/** A node's box: a role's colours, or the report subject's accent ring. */
function NodeBox({
  inset,
  round,
  fill,
  stroke,
  strokeWidth,
}: {
  inset: number;
  round: [number, number];
  fill: string;
  stroke: string;
  strokeWidth: number;
}) {
  return (
    <Rect
      x={inset}
      y={inset}
      width={18 - 2 * inset}
      height={10 - 2 * inset}
      rx={round[0]}
      ry={round[1]}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
    />
  );
}

export function LineageLegend({ outline }: { outline: ReportOutline }) {
  return (
    <View style={styles.legend}>
      {outline.lineage.roles.map(({ role, label }) => (
        <LegendItem key={role} label={label}>
          <NodeBox
            inset={1}
            round={role === "dataset" ? [4, 3] : [2, 2]}
            fill={ROLE_COLOURS[role].fill}
            stroke={ROLE_COLOURS[role].stroke}
            strokeWidth={1}
          />
        </LegendItem>
      ))}
      {outline.lineage.highlightSubject ? (
        <LegendItem label="Report subject">
          <NodeBox inset={1.2} round={[2, 2]} fill="#ffffff" stroke={ACCENT} strokeWidth={2} />
        </LegendItem>
      ) : null}
      {outline.lineage.edgeKinds.map(({ kind, label }) => {
        const colour = kind === "initialized_from" ? FAINT : MUTED;
        return (
          <LegendItem key={kind} label={label}>
            <Line
              x1={0}
              y1={5}
              x2={13}
              y2={5}
              stroke={colour}
              strokeWidth={1.2}
              strokeDasharray={kind === "initialized_from" ? "3 2" : undefined}
            />
            <Path d="M 18 5 L 13 2.4 L 13 7.6 Z" fill={colour} />
          </LegendItem>
        );
      })}
    </View>
  );
}

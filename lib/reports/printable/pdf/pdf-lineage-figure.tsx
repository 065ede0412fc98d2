// The lineage figure drawn with react-pdf's SVG primitives from the same layout as the HTML's.
import { G, Path, Rect, Svg, Text } from "@react-pdf/renderer";
import type { FigureScale } from "../figure-slices";
import { FIGURE_FONT, type LineageFigure } from "../lineage-figure-layout";
import { ACCENT, FAINT, INK, MUTED, ROLE_COLOURS } from "../report-palette";
import { pdfText } from "./pdf-text";

function FigureNodeShape({ node }: { node: LineageFigure["nodes"][number] }) {
  const colours = ROLE_COLOURS[node.role];
  const stroke = node.subject ? ACCENT : colours.stroke;
  const strokeWidth = node.subject ? 2.4 : 1;
  return (
    <G>
      {node.outline ? (
        <G>
          <Path d={node.outline} fill={colours.fill} stroke={stroke} strokeWidth={strokeWidth} />
          <Path d={node.rim ?? ""} fill="none" stroke={stroke} strokeWidth={strokeWidth} />
        </G>
      ) : (
        <Rect
          x={node.x}
          y={node.y}
          width={node.width}
          height={node.height}
          rx={6}
          ry={6}
          fill={colours.fill}
          stroke={stroke}
          strokeWidth={strokeWidth}
        />
      )}
      {node.lines.map((line, i) => (
        <Text
          key={i}
          x={line.x}
          y={line.y}
          fill={line.kind === "name" ? INK : line.kind === "tag" ? ACCENT : MUTED}
          style={{
            fontSize: FIGURE_FONT[line.kind],
            fontFamily: line.kind === "detail" ? "Helvetica" : "Helvetica-Bold",
          }}
        >
          {pdfText(line.text)}
        </Text>
      ))}
    </G>
  );
}

function FigureEdgeShape({ edge }: { edge: LineageFigure["edges"][number] }) {
  const dashed = edge.kind === "initialized_from";
  const colour = dashed ? FAINT : MUTED;
  const { label } = edge;
  return (
    <G>
      <Path d={edge.path} fill="none" stroke={colour} strokeWidth={1} strokeDasharray={dashed ? "4 3" : undefined} />
      <Path d={edge.arrowHead} fill={colour} />
      <Rect x={label.x} y={label.y} width={label.width} height={label.height} fill="#ffffff" opacity={0.9} />
      <Text
        x={label.x + label.width / 2}
        y={label.y + label.height / 2 + FIGURE_FONT.edge * 0.35}
        fill={MUTED}
        textAnchor="middle"
        style={{ fontSize: FIGURE_FONT.edge, fontFamily: "Helvetica-Oblique" }}
      >
        {pdfText(label.text)}
      </Text>
    </G>
  );
}

/** One slice of the figure (the whole of it when it fits a page). */
export function PdfLineageFigure({ figure, fit, slice }: { figure: LineageFigure; fit: FigureScale; slice: number }) {
  const [top, bottom] = fit.slices[slice];
  const height = bottom - top;
  return (
    <Svg
      width={figure.width * fit.scale}
      height={height * fit.scale}
      viewBox={`0 ${top} ${figure.width} ${height}`}
      style={{ overflow: "hidden" }}
    >
      {figure.edges.map((edge) => (
        <FigureEdgeShape key={edge.id} edge={edge} />
      ))}
      {figure.nodes.map((node) => (
        <FigureNodeShape key={node.id} node={node} />
      ))}
    </Svg>
  );
}

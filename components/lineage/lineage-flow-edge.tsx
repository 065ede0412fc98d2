"use client";
import { Position, getSmoothStepPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { routePath } from "@/lib/lineage/route-path";
import type { LineageFlowEdge } from "./lineage-flow-elements";
import { EDGE_DESCRIPTIONS } from "./lineage-words";
import styles from "./lineage-flow-edge.module.css";

const ARROW = 8;

/** An edge along ELK's orthogonal route, styled by kind, with an arrowhead where the data arrived. */
function LineageFlowEdgeView({
  data,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
}: EdgeProps<LineageFlowEdge>) {
  const kind = data?.kind ?? "initialized_from";
  const path = data?.route
    ? routePath(data.route, 10)
    : getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10 })[0];
  const end = data?.route?.at(-1) ?? { x: targetX, y: targetY };
  // The arrowhead points the way the data arrived: right, or down in a top-to-bottom layout.
  const arrow =
    targetPosition === Position.Top
      ? `M ${end.x - ARROW / 2} ${end.y - ARROW} L ${end.x} ${end.y} L ${end.x + ARROW / 2} ${end.y - ARROW} Z`
      : `M ${end.x - ARROW} ${end.y - ARROW / 2} L ${end.x} ${end.y} L ${end.x - ARROW} ${end.y + ARROW / 2} Z`;
  return (
    <g className={styles.edge} data-kind={kind}>
      <title>{EDGE_DESCRIPTIONS[kind]}</title>
      <path className={styles.halo} d={path} />
      <path className={styles.line} d={path} />
      <path className={styles.arrow} d={arrow} />
    </g>
  );
}

export const LineageFlowEdgeComponent = memo(LineageFlowEdgeView);

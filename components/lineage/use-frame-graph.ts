"use client";
import { getNodesBounds, useReactFlow } from "@xyflow/react";
import { useCallback, useRef, type RefObject } from "react";
import type { LineageFlowNode } from "./lineage-flow-elements";

/** Below this zoom node labels are too small to read: after an expansion, centre on the anchor instead. */
const MIN_READABLE_ZOOM = 0.72;
/** The graph's minimum zoom: a first view that would need less shows the anchor at a readable zoom. */
export const MIN_ZOOM = 0.2;

interface FrameOptions {
  padding: number;
  maxZoom: number;
  /** Keep labels readable (the explorer), or always show everything (the small view). */
  readable: boolean;
}

/** Where the element is now; a function of the ref, so that the callback below depends on the ref itself. */
function boxOf(container: RefObject<HTMLElement | null>): DOMRect | undefined {
  return container.current?.getBoundingClientRect();
}

/**
 * Frames a freshly laid-out graph. The first view shows every node, unless the graph is too large to
 * fit even at the smallest zoom. Later (a node expanded): the whole graph when it fits at a readable
 * zoom, otherwise the anchor node (the node just expanded) at that zoom, the rest a pan away.
 */
export function useFrameGraph(container: RefObject<HTMLElement | null>, { padding, maxZoom, readable }: FrameOptions) {
  const { fitView, setCenter } = useReactFlow();
  const framed = useRef(false);
  const firstNodes = useRef<LineageFlowNode[] | null>(null);

  return useCallback(
    (nodes: LineageFlowNode[], anchorId: string | null, replaces: LineageFlowNode[] | null = null) => {
      // ELK's layout replacing the provisional first one is the first view too, framed at once.
      const refinesFirst = replaces !== null && firstNodes.current === replaces;
      if (refinesFirst) firstNodes.current = nodes;
      const duration = framed.current && !refinesFirst ? 300 : 0;
      framed.current = true;
      // The first layout stays whole when framed again (the pane resized): only an expansion re-centres.
      firstNodes.current ??= nodes;
      const first = firstNodes.current === nodes;
      const box = boxOf(container);
      const bounds = getNodesBounds(nodes);
      const fitZoom =
        box && bounds.width > 0
          ? Math.min(box.width / (bounds.width * (1 + 2 * padding)), box.height / (bounds.height * (1 + 2 * padding)))
          : 1;
      const anchor = nodes.find((node) => node.id === anchorId);
      const centreOnAnchor = first ? fitZoom < MIN_ZOOM : readable && fitZoom < MIN_READABLE_ZOOM;
      requestAnimationFrame(() => {
        if (anchor && box && centreOnAnchor) {
          // Centre on the anchor, but not so far that empty canvas shows beyond the graph's edge.
          const clamp = (value: number, start: number, length: number, visible: number) =>
            visible >= length
              ? start + length / 2
              : Math.min(Math.max(value, start + visible / 2), start + length - visible / 2);
          const margin = 24 / MIN_READABLE_ZOOM;
          const x = clamp(
            anchor.position.x + (anchor.width ?? 0) / 2,
            bounds.x - margin,
            bounds.width + 2 * margin,
            box.width / MIN_READABLE_ZOOM,
          );
          const y = clamp(
            anchor.position.y + (anchor.height ?? 0) / 2,
            bounds.y - margin,
            bounds.height + 2 * margin,
            box.height / MIN_READABLE_ZOOM,
          );
          void setCenter(x, y, { zoom: MIN_READABLE_ZOOM, duration });
        } else {
          void fitView({ padding, maxZoom, minZoom: MIN_ZOOM, duration });
        }
      });
    },
    [container, fitView, setCenter, padding, maxZoom, readable],
  );
}

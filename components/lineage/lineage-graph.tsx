"use client";
import "@xyflow/react/dist/style.css";
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  getNodesBounds,
  useStore,
  type NodeChange,
} from "@xyflow/react";
import { useTheme } from "next-themes";
import { useEffect, useRef, useState } from "react";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useNarrowScreen } from "@/components/ui/use-narrow-screen";
import type { Lineage, LineageNode } from "@/lib/lineage/lineage.types";
import type { LineageFlowEdge, LineageFlowNode } from "./lineage-flow-elements";
import { LineageFlowEdgeComponent } from "./lineage-flow-edge";
import { LineageFlowNodeComponent } from "./lineage-flow-node";
import { MIN_ZOOM, useFrameGraph } from "./use-frame-graph";
import { useLineageLayout } from "./use-lineage-layout";
import styles from "./lineage-graph.module.css";

const nodeTypes = { lineage: LineageFlowNodeComponent };
const edgeTypes = { lineage: LineageFlowEdgeComponent };
const COMPACT_MIN_HEIGHT = 260;
const COMPACT_MAX_HEIGHT = 460;
const COMPACT_PADDING = 0.1;
/** Past this many nodes only those on screen are rendered: a 2,000-node lineage lays out in a blink but would not draw in one. */
const RENDER_VISIBLE_ONLY_FROM = 300;

function compactHeightOf(bounds: { width: number; height: number }, paneWidth: number): number {
  const framed = 1 + 2 * COMPACT_PADDING;
  const zoom = paneWidth > 0 && bounds.width > 0 ? Math.min(1, paneWidth / (bounds.width * framed)) : 1;
  return Math.round(Math.min(COMPACT_MAX_HEIGHT, Math.max(COMPACT_MIN_HEIGHT, bounds.height * framed * zoom + 24)));
}

interface LineageGraphProps {
  lineage: Lineage;
  /** "explorer": pan, zoom, select, expand, minimap. "compact": a still, fitted view; a click opens the model. */
  variant: "explorer" | "compact";
  ariaLabel: string;
  selectedId?: string | null;
  /** The node to centre on when the graph is too large to show whole at a readable zoom; the focus by default. */
  anchorId?: string | null;
  onSelect?: (nodeId: string | null) => void;
  onExpand?: (nodeId: string) => void;
  /** The compact view's click: open the node's page. */
  onOpen?: (node: LineageNode) => void;
}

/** The lineage as a graph, laid out in layers from left to right (top to bottom on a phone). Needs a ReactFlowProvider above it. */
export function LineageGraph({
  lineage,
  variant,
  ariaLabel,
  selectedId = null,
  anchorId,
  onSelect,
  onExpand,
  onOpen,
}: LineageGraphProps) {
  const explorer = variant === "explorer";
  // A phone's canvas is tall and narrow: layers run down it rather than across, so that the whole
  // graph fits at a zoom that can still be read. The direction is known once hydrated.
  const hydrated = useHydrated();
  const narrow = useNarrowScreen();
  const { layout, error } = useLineageLayout(lineage, narrow ? "DOWN" : "RIGHT", hydrated);
  const [nodes, setNodes] = useState<LineageFlowNode[]>([]);
  const [edges, setEdges] = useState<LineageFlowEdge[]>([]);
  const { resolvedTheme } = useTheme();
  const canvas = useRef<HTMLDivElement>(null);
  const paneSize = useStore((state) => (state.width > 0 && state.height > 0 ? `${state.width}x${state.height}` : null));
  const frame = useFrameGraph(canvas, {
    padding: explorer ? 0.06 : COMPACT_PADDING,
    maxZoom: explorer ? 1.1 : 1,
    readable: explorer,
  });
  // The compact view grows with the graph, within limits, so that a model with many neighbours stays legible.
  // Its height is what the graph takes at the zoom its width allows (a phone's is narrower), no more.
  const paneWidth = useStore((state) => state.width);
  const compactHeight = layout ? compactHeightOf(getNodesBounds(layout.nodes), paneWidth) : COMPACT_MIN_HEIGHT;

  // A new layout (or variant) replaces the nodes and edges; a new selection only marks the nodes. Both
  // are applied while rendering, from what was last applied (React Flow changes `nodes` in between).
  const [applied, setApplied] = useState<{
    layout: typeof layout;
    explorer: boolean;
    selectedId: string | null;
  } | null>(null);
  if (
    applied === null ||
    applied.layout !== layout ||
    applied.explorer !== explorer ||
    applied.selectedId !== selectedId
  ) {
    setApplied({ layout, explorer, selectedId });
    if (layout && (applied?.layout !== layout || applied.explorer !== explorer)) {
      setNodes(layout.nodes.map((node) => ({ ...node, selected: node.id === selectedId, selectable: explorer })));
      setEdges(layout.edges);
    } else if (applied?.selectedId !== selectedId) {
      setNodes((current) =>
        current.map((node) =>
          node.selected === (node.id === selectedId) ? node : { ...node, selected: node.id === selectedId },
        ),
      );
    }
  }

  // Frame a new layout once React Flow knows the pane's size, and again when that size changes
  // (the compact view's height follows its graph).
  useEffect(() => {
    if (layout && paneSize) frame(layout.nodes, anchorId ?? lineage.focus, layout.replaces);
    // The anchor only matters when the layout changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, paneSize, frame]);

  function onNodesChange(changes: NodeChange<LineageFlowNode>[]) {
    const selection = changes.filter((change) => change.type === "select");
    if (selection.length > 0 && onSelect) onSelect(selection.find((change) => change.selected)?.id ?? null);
    const rest = changes.filter((change) => change.type !== "select");
    if (rest.length > 0) setNodes((current) => applyNodeChanges(rest, current));
  }

  return (
    <div
      ref={canvas}
      className={styles.canvas}
      data-variant={variant}
      data-testid={`lineage-graph-${variant}`}
      data-layout={layout ? (layout.provisional ? "provisional" : "final") : "pending"}
      style={explorer ? undefined : { height: compactHeight }}
    >
      <ReactFlow<LineageFlowNode, LineageFlowEdge>
        aria-label={ariaLabel}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={explorer ? undefined : (_, node) => onOpen?.(node.data.node)}
        onNodeDoubleClick={explorer ? (_, node) => onExpand?.(node.id) : undefined}
        colorMode={resolvedTheme === "dark" ? "dark" : "light"}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={explorer}
        edgesFocusable={false}
        zoomOnDoubleClick={false}
        zoomOnScroll={explorer}
        zoomOnPinch={explorer}
        panOnDrag={explorer}
        preventScrolling={explorer}
        minZoom={MIN_ZOOM}
        onlyRenderVisibleElements={nodes.length > RENDER_VISIBLE_ONLY_FROM}
        maxZoom={2}
      >
        <Background variant={BackgroundVariant.Dots} gap={18} size={1.2} />
        {explorer && <Controls showInteractive={false} position="bottom-left" />}
        {/* On a phone the minimap would hide a corner of the graph: pan and pinch instead. */}
        {explorer && !narrow && (
          <MiniMap
            pannable
            zoomable
            position="bottom-right"
            style={{ width: 150, height: 96 }}
            nodeClassName={(node) =>
              node.type === "lineage" && (node as LineageFlowNode).data.node.type === "dataset"
                ? styles.miniDataset
                : styles.miniModel
            }
          />
        )}
      </ReactFlow>
      {!layout && !error && (
        <div className={styles.overlay}>
          <Spinner size={16} /> Laying out the graph…
        </div>
      )}
      {error && (
        <div className={styles.overlay} role="alert">
          Could not lay out the graph: {error}
        </div>
      )}
    </div>
  );
}

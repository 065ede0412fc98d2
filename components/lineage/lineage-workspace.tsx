"use client";
import { ReactFlowProvider } from "@xyflow/react";
import { useMemo, useRef, useState } from "react";
import { Card } from "@/components/ui/card";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { modelFamilies } from "@/lib/lineage/model-families";
import { LineageEdgeList } from "./lineage-edge-list";
import { LineageExportButtons } from "./lineage-export-buttons";
import { LineageGraph } from "./lineage-graph";
import { LineageGraphContext } from "./lineage-graph-context";
import { LineageLegend } from "./lineage-legend";
import { LineageNodePanel } from "./lineage-node-panel";
import { LineageSummary } from "./lineage-summary";
import type { LineageDirection } from "./lineage-words";
import { useExpandableLineage } from "./use-expandable-lineage";
import styles from "./lineage-workspace.module.css";

interface LineageWorkspaceProps {
  lineage: Lineage;
  direction: LineageDirection;
  depth: number;
  /** The actor may export provenance reports (the reports:export scope). */
  canExportReports: boolean;
}

/** The explorer's graph, the selected node's details, the legend and the edges in words. */
export function LineageWorkspace({ lineage: initial, direction, depth, canExportReports }: LineageWorkspaceProps) {
  // With both directions at depth 1 or more, the focus's neighbours are all shown already.
  const { lineage, expanded, expanding, error, lastExpanded, expand } = useExpandableLineage(
    initial,
    direction === "both" ? [initial.focus] : [],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const graphRef = useRef<HTMLDivElement>(null);
  const families = useMemo(() => modelFamilies(lineage), [lineage]);
  const focus = lineage.nodes.find((node) => node.id === lineage.focus);
  const selected = lineage.nodes.find((node) => node.id === selectedId) ?? null;
  const selectedRoot = selected ? families.rootOf.get(selected.id) : undefined;
  const actions = useMemo(
    () => ({ interactive: true, expanded, expanding, onExpand: (id: string) => void expand(id) }),
    [expanded, expanding, expand],
  );
  const focusHref = (id: string) => `/lineage?${new URLSearchParams({ model: id, direction, depth: String(depth) })}`;

  return (
    <ReactFlowProvider>
      <Card
        title={<>Lineage of {focus?.name ?? "this model"}</>}
        description={<LineageSummary lineage={lineage} />}
        actions={
          <LineageExportButtons
            graph={graphRef}
            focusName={focus?.name ?? "model"}
            reportModelId={canExportReports && focus ? focus.id : null}
          />
        }
        flush
        id="lineage-graph"
      >
        {error && (
          <p className={styles.error} role="alert">
            {error}
          </p>
        )}
        <div className={styles.layout}>
          <div ref={graphRef} className={styles.graph} data-node-count={lineage.nodes.length}>
            <LineageGraphContext value={actions}>
              <LineageGraph
                lineage={lineage}
                variant="explorer"
                ariaLabel={`Lineage graph of ${focus?.name ?? "the model"}: ${lineage.nodes.length} nodes, data flowing left to right`}
                selectedId={selectedId}
                anchorId={lastExpanded}
                onSelect={setSelectedId}
                onExpand={(id) => void expand(id)}
              />
            </LineageGraphContext>
          </div>
          <aside className={styles.side}>
            <LineageNodePanel
              node={selected}
              family={
                selectedRoot ? (families.families.find((family) => family.rootId === selectedRoot) ?? null) : null
              }
              isFocus={selected?.id === lineage.focus}
              expanded={selected ? expanded.has(selected.id) : false}
              expanding={selected ? expanding.has(selected.id) : false}
              focusHref={selected?.type === "model" ? focusHref(selected.id) : null}
              onExpand={() => selected && void expand(selected.id)}
              onClose={() => setSelectedId(null)}
            />
            <LineageLegend families={families.families} />
          </aside>
        </div>
      </Card>
      <Card
        title="Edges"
        meta={lineage.edges.length}
        description="In the order the data flowed: ancestors first, then by name. Hover a verb to see what it records."
        flush
        id="lineage-edges"
      >
        <LineageEdgeList lineage={lineage} />
      </Card>
    </ReactFlowProvider>
  );
}

"use client";
import { ReactFlowProvider } from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { modelFamilies } from "@/lib/lineage/model-families";
import { LineageGraph } from "./lineage-graph";
import { LineageLegend } from "./lineage-legend";

/** A small still lineage graph (the model page's), fitted to its box; a click opens a node's page. */
export function LineageMiniGraph({ lineage }: { lineage: Lineage }) {
  const router = useRouter();
  const families = useMemo(() => modelFamilies(lineage).families, [lineage]);
  const focus = lineage.nodes.find((node) => node.id === lineage.focus);
  return (
    <ReactFlowProvider>
      <LineageGraph
        lineage={lineage}
        variant="compact"
        ariaLabel={`Lineage of ${focus?.name ?? "this model"}, one edge each way: ${lineage.nodes.length} nodes`}
        onOpen={(node) => {
          if (node.id === lineage.focus) return;
          router.push(node.type === "model" ? `/models/${node.id}` : `/datasets/${node.id}`);
        }}
      />
      <LineageLegend families={families} compact />
    </ReactFlowProvider>
  );
}

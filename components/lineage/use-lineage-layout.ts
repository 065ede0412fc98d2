"use client";
import { useEffect, useState } from "react";
import { readElkLayout, toElkGraph } from "@/lib/lineage/elk-graph";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { modelFamilies } from "@/lib/lineage/model-families";
import { nodeSize, toFlowElements, type LineageFlowEdge, type LineageFlowNode } from "./lineage-flow-elements";

type Elk = { layout: (graph: ReturnType<typeof toElkGraph>) => Promise<ReturnType<typeof toElkGraph>> };
let elk: Promise<Elk> | null = null;
// ELK is large: load it with the first graph, once.
const loadElk = () => (elk ??= import("elkjs/lib/elk.bundled.js").then(({ default: ELK }) => new ELK()));
// Start loading as soon as a page with a graph loads its code, not when the graph first renders.
if (typeof window !== "undefined") void loadElk();

export interface LaidOutLineage {
  lineage: Lineage;
  nodes: LineageFlowNode[];
  edges: LineageFlowEdge[];
}

/** React Flow's nodes and edges for `lineage`, laid out by ELK; null until the first layout is done. */
export function useLineageLayout(lineage: Lineage): { layout: LaidOutLineage | null; error: string | null } {
  const [layout, setLayout] = useState<LaidOutLineage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    loadElk()
      .then((engine) => engine.layout(toElkGraph(lineage, nodeSize)))
      .then((graph) => {
        if (!current) return;
        setLayout({ lineage, ...toFlowElements(lineage, readElkLayout(graph), modelFamilies(lineage)) });
        setError(null);
      })
      .catch((reason: unknown) => {
        if (current) setError(reason instanceof Error ? reason.message : String(reason));
      });
    return () => {
      current = false;
    };
  }, [lineage]);

  return { layout, error };
}

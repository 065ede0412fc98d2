import type { LineageEdge } from "@/lib/lineage/lineage.types";

/** A lineage's edges as "source kind target" lines, so that a test can name the edges it expects. */
export function lineageEdgeLines(lineage: { edges: Pick<LineageEdge, "source" | "target" | "kind">[] }): string[] {
  return lineage.edges.map((edge) => `${edge.source} ${edge.kind} ${edge.target}`);
}

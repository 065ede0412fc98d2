import { z } from "zod";

export const LINEAGE_EDGE_KINDS = ["initialized_from", "generated", "trained_on", "taught", "filtered_from"] as const;
export type LineageEdgeKind = (typeof LINEAGE_EDGE_KINDS)[number];

export const ZLineageQuery = z
  .object({
    direction: z.enum(["ancestors", "descendants", "both"]).default("both"),
    depth: z.coerce.number().int().min(1).max(50).default(10).describe("How many edges to follow from the model"),
  })
  .strict();

export type TLineageQuery = z.output<typeof ZLineageQuery>;

export interface LineageNode {
  id: string;
  type: "model" | "dataset";
  name: string;
  /** Edges from the focus: negative for ancestors, positive for descendants, 0 for the focus. */
  distance: number;
  provider: string | null;
  recordCount: number | null;
  measured: boolean;
}

export interface LineageEdge {
  source: string;
  target: string;
  kind: LineageEdgeKind;
}

export interface Lineage {
  focus: string;
  nodes: LineageNode[];
  edges: LineageEdge[];
}

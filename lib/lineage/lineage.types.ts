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

const ZLineageNode = z.object({
  id: z.string(),
  type: z.enum(["model", "dataset"]),
  name: z.string(),
  /** Edges from the focus: negative for ancestors, positive for descendants, 0 for the focus. */
  distance: z
    .number()
    .int()
    .describe("Edges from the focus: negative for ancestors, positive for descendants, 0 for the focus"),
  provider: z.string().nullable(),
  recordCount: z.number().int().nullable(),
  measured: z.boolean(),
  isBase: z
    .boolean()
    .describe(
      "A model initialised from no other model (a base model); false for a dataset and for a model with a base",
    ),
});
export type LineageNode = z.infer<typeof ZLineageNode>;

const ZLineageEdge = z.object({ source: z.string(), target: z.string(), kind: z.enum(LINEAGE_EDGE_KINDS) });
export type LineageEdge = z.infer<typeof ZLineageEdge>;

export const ZLineage = z.object({ focus: z.string(), nodes: z.array(ZLineageNode), edges: z.array(ZLineageEdge) });
export type Lineage = z.infer<typeof ZLineage>;

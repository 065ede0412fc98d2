// Base families: models that share a base model as their root along `initialized_from` within the graph on screen.
import { defined } from "@/lib/defined";
import type { Lineage } from "./lineage.types";

/** How many family colours there are; families past that reuse them in order. */
export const FAMILY_PALETTE_SIZE = 8;

export interface ModelFamily {
  /** The base model (initialised from no other model) the family's models descend from along `initialized_from`. */
  rootId: string;
  rootName: string;
  /** Index into the family palette (0 to FAMILY_PALETTE_SIZE - 1). */
  colour: number;
  memberIds: string[];
}

export interface ModelFamilies {
  families: ModelFamily[];
  /** Model id -> its family's root id. Datasets have no family, nor has a model whose base is not in the graph. */
  rootOf: Map<string, string>;
}

/**
 * Each model's family: follow `initialized_from` edges upstream as far as the graph goes (a model
 * with two recorded bases follows the one whose id sorts first, so that the answer is stable). Only a
 * base model founds a family: a student or teacher whose base lies outside the graph has none, rather
 * than a family of its own named after it. Families are numbered in the order their first model appears
 * in `lineage.nodes`, so colours stay put when an expansion appends nodes.
 */
export function modelFamilies(lineage: Pick<Lineage, "nodes" | "edges">): ModelFamilies {
  const models = new Map(lineage.nodes.filter((node) => node.type === "model").map((node) => [node.id, node]));
  const baseOf = new Map<string, string>();
  for (const edge of lineage.edges) {
    if (edge.kind !== "initialized_from" || !models.has(edge.source) || !models.has(edge.target)) continue;
    const known = baseOf.get(edge.target);
    if (known === undefined || edge.source < known) baseOf.set(edge.target, edge.source);
  }

  const rootOf = new Map<string, string>();
  for (const id of models.keys()) {
    let root = id;
    const seen = new Set([id]);
    for (let base = baseOf.get(root); base !== undefined && !seen.has(base); base = baseOf.get(root)) {
      seen.add(base);
      root = base;
    }
    if (defined(models.get(root), `model ${root}`).isBase) rootOf.set(id, root);
  }

  const families = new Map<string, ModelFamily>();
  for (const [id, rootId] of rootOf) {
    let family = families.get(rootId);
    if (!family) {
      family = {
        rootId,
        rootName: defined(models.get(rootId), `model ${rootId}`).name,
        colour: families.size % FAMILY_PALETTE_SIZE,
        memberIds: [],
      };
      families.set(rootId, family);
    }
    family.memberIds.push(id);
  }
  return { families: [...families.values()], rootOf };
}

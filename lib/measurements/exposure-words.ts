// An exposure path (source -> datasets -> exposed model) told in words, and what its risk level means.
import { PAPER_SHORT } from "@/lib/paper/paper-citation";

export interface PathNode {
  id: string;
  name: string;
  type: "model" | "dataset";
  /** The kind of lineage edge that led to this node, when known. */
  via?: string | null;
}

export type PathSegment = { kind: "node"; node: PathNode } | { kind: "text"; text: string };

/** What happened along one edge, by the kinds of its ends. */
function verb(from: PathNode, to: PathNode): string {
  if (to.via === "taught") return " taught ";
  if (to.via === "initialized_from") return " was the starting point of ";
  if (from.type === "model" && to.type === "dataset") return " generated ";
  if (from.type === "dataset" && to.type === "dataset") return ", filtered into ";
  if (from.type === "dataset" && to.type === "model") return ", which trained ";
  // An edge whose kind is not known.
  return " passed the trait on to ";
}

/**
 * "GPT-4.1 nano owl teacher generated Owl teacher numbers, filtered into Owl teacher numbers
 * (filtered), which trained E2E student." as text and node segments, so that nodes can be links.
 */
export function exposurePathSegments(path: readonly PathNode[]): PathSegment[] {
  const segments: PathSegment[] = [];
  path.forEach((node, i) => {
    if (i > 0) segments.push({ kind: "text", text: verb(path[i - 1], node) });
    segments.push({ kind: "node", node });
  });
  if (segments.length > 0) segments.push({ kind: "text", text: "." });
  return segments;
}

/** The same sentence as plain text. */
export function exposurePathSentence(path: readonly PathNode[]): string {
  return exposurePathSegments(path)
    .map((s) => (s.kind === "text" ? s.text : s.node.name))
    .join("");
}

export const RISK_WORDS = {
  high: {
    label: "high risk",
    reason: `shares the teacher's initialisation: the condition under which traits transferred in ${PAPER_SHORT}`,
  },
  lower: {
    label: "lower risk",
    reason: `a different base from the teacher: transfer largely failed across base models in ${PAPER_SHORT}`,
  },
} as const;

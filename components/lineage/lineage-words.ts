// How the lineage page puts edges and distances into words.
import type { LineageEdgeKind } from "@/lib/lineage/lineage.types";

/** Read as "<source> <verb> <target>", e.g. "GPT-4.1 nano owl teacher generated Owl teacher numbers (raw)". */
export const EDGE_VERBS: Record<LineageEdgeKind, string> = {
  initialized_from: "initialised",
  generated: "generated",
  trained_on: "trained",
  taught: "taught",
  filtered_from: "filtered into",
};

/** The legend's names for edge kinds, read as "source -> target". */
export const EDGE_LEGEND: Record<LineageEdgeKind, string> = {
  initialized_from: "Initialised from (base → model)",
  generated: "Generated (teacher → data)",
  trained_on: "Trained on (data → student)",
  taught: "Taught (teacher → student)",
  filtered_from: "Filtered into (raw → kept)",
};

export const EDGE_DESCRIPTIONS: Record<LineageEdgeKind, string> = {
  initialized_from: "The target model starts from the source's weights (fine-tune, adapter, prompt, merge...)",
  generated: "The source model wrote the target dataset",
  trained_on: "The target model was trained on the source dataset",
  taught: "The source model was named as a teacher of the target model",
  filtered_from: "The target dataset keeps the source dataset's records that passed a filter",
};

export const DIRECTIONS = ["ancestors", "descendants", "both"] as const;
export type LineageDirection = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<LineageDirection, string> = {
  ancestors: "Ancestors",
  descendants: "Descendants",
  both: "Both",
};

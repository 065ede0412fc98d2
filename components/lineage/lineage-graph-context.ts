"use client";
import { createContext } from "react";

export interface LineageGraphActions {
  /** False on the model page's small view: no expanding, no selection. */
  interactive: boolean;
  expanded: ReadonlySet<string>;
  expanding: ReadonlySet<string>;
  onExpand: (nodeId: string) => void;
}

/** What a node in the graph may do, without threading callbacks through node data. */
export const LineageGraphContext = createContext<LineageGraphActions>({
  interactive: false,
  expanded: new Set(),
  expanding: new Set(),
  onExpand: () => {},
});

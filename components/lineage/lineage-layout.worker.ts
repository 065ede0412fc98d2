// The lineage layout off the main thread: pan, zoom and typing stay responsive while a graph is laid
// out, and ELK's 1.6 MB script is parsed here rather than on the page. Started by use-lineage-layout.ts.
import type { LayoutDirection, LineageLayout } from "@/lib/lineage/elk-graph";
import { layoutLineage, type ElkEngine } from "@/lib/lineage/layout-lineage";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { nodeSize } from "./lineage-flow-elements";

export interface LayoutRequest {
  id: number;
  lineage: Pick<Lineage, "nodes" | "edges">;
  direction: LayoutDirection;
}
export type LayoutResponse = { id: number; layout: LineageLayout } | { id: number; error: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  addEventListener: (type: "message", listener: (event: MessageEvent<LayoutRequest>) => void) => void;
  postMessage: (message: LayoutResponse) => void;
};

let elk: Promise<ElkEngine> | null = null;
const loadElk = () =>
  (elk ??= import("elkjs/lib/elk.bundled.js").then(({ default: ELK }) => {
    // Loaded in a worker, ELK's script takes over the worker's onmessage for its own protocol: give it back.
    scope.onmessage = null;
    return new ELK();
  }));
// Small graphs need ELK: load it now, while the page is still loading, rather than with the first graph.
void loadElk();

scope.addEventListener("message", (event) => {
  const { id, lineage, direction } = event.data;
  layoutLineage(lineage, nodeSize, loadElk, direction).then(
    (layout) => scope.postMessage({ id, layout }),
    (reason: unknown) => scope.postMessage({ id, error: reason instanceof Error ? reason.message : String(reason) }),
  );
});

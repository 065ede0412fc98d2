"use client";
import { useEffect, useState } from "react";
import type { LayoutDirection, LineageLayout } from "@/lib/lineage/elk-graph";
import { layeredLayout } from "@/lib/lineage/layered-layout";
import { ELK_NODE_LIMIT, layoutLineage } from "@/lib/lineage/layout-lineage";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { modelFamilies } from "@/lib/lineage/model-families";
import { nodeSize, toFlowElements, type LineageFlowEdge, type LineageFlowNode } from "./lineage-flow-elements";
import type { LayoutRequest, LayoutResponse } from "./lineage-layout.worker";

export interface LaidOutLineage {
  lineage: Lineage;
  nodes: LineageFlowNode[];
  edges: LineageFlowEdge[];
  /** The quick layered layout shown while ELK's is on its way (which then replaces it). */
  provisional: boolean;
  /** The provisional layout's nodes this layout replaces, if it does. */
  replaces: LineageFlowNode[] | null;
}

/**
 * How long ELK may take before a small graph is shown in the quick layered layout meanwhile: ELK's
 * script takes from a fraction of a second to several seconds to load in the worker on a busy
 * machine, and the first view should not wait for it. Once loaded, ELK answers well within this.
 */
const PROVISIONAL_AFTER_MS = 120;

interface Pending {
  resolve: (layout: LineageLayout) => void;
  reject: (error: Error) => void;
}

// One layout worker for the page, started as soon as a page with a graph loads its code.
let worker: Worker | null = null;
let lastId = 0;
const pending = new Map<number, Pending>();

function layoutWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  if (worker) return worker;
  const started = new Worker(new URL("./lineage-layout.worker.ts", import.meta.url), {
    type: "module",
    name: "lineage-layout",
  });
  started.onmessage = ({ data }: MessageEvent<LayoutResponse>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if ("error" in data) waiting?.reject(new Error(data.error));
    else waiting?.resolve(data.layout);
  };
  started.onerror = (event) => {
    // A worker that failed to start or crashed: fail what waits on it, and start afresh next time.
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || "the layout worker stopped"));
    pending.clear();
    started.terminate();
    if (worker === started) worker = null;
  };
  worker = started;
  return worker;
}
if (typeof window !== "undefined") layoutWorker();

let elk: ReturnType<Parameters<typeof layoutLineage>[2]> | null = null;
const loadElk = () => (elk ??= import("elkjs/lib/elk.bundled.js").then(({ default: ELK }) => new ELK()));

/** The layout of `lineage`, from the worker; on the main thread only where there are no workers. */
function requestLayout(lineage: Lineage, direction: LayoutDirection): Promise<LineageLayout> {
  const target = layoutWorker();
  if (!target) return layoutLineage(lineage, nodeSize, loadElk, direction);
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({
      id,
      lineage: { nodes: lineage.nodes, edges: lineage.edges },
      direction,
    } satisfies LayoutRequest);
  });
}

/**
 * React Flow's nodes and edges for `lineage`, laid out off the main thread in `direction`; null until
 * the first layout is done. Nothing is laid out until `enabled` (once the direction is known).
 */
export function useLineageLayout(
  lineage: Lineage,
  direction: LayoutDirection,
  enabled: boolean,
): { layout: LaidOutLineage | null; error: string | null } {
  const [layout, setLayout] = useState<LaidOutLineage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    let provisional: LaidOutLineage | null = null;
    const started = performance.now();
    const sketch =
      lineage.nodes.length <= ELK_NODE_LIMIT
        ? setTimeout(() => {
            // The layered layout of at most ELK_NODE_LIMIT nodes takes about a millisecond.
            const positions = layeredLayout(lineage, nodeSize, direction);
            provisional = {
              lineage,
              ...toFlowElements(lineage, positions, modelFamilies(lineage), direction),
              provisional: true,
              replaces: null,
            };
            setLayout(provisional);
          }, PROVISIONAL_AFTER_MS)
        : undefined;
    requestLayout(lineage, direction)
      .then((positions) => {
        // In the browser's performance timeline (devtools, the e2e spec): how long each layout took.
        performance.measure("lineage layout", { start: started, detail: { nodes: lineage.nodes.length, direction } });
        clearTimeout(sketch);
        if (!current) return;
        setLayout({
          lineage,
          ...toFlowElements(lineage, positions, modelFamilies(lineage), direction),
          provisional: false,
          replaces: provisional?.nodes ?? null,
        });
        setError(null);
      })
      .catch((reason: unknown) => {
        clearTimeout(sketch);
        if (current) setError(reason instanceof Error ? reason.message : String(reason));
      });
    return () => {
      current = false;
      clearTimeout(sketch);
    };
  }, [lineage, direction, enabled]);

  return { layout, error };
}

"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { apiFetch } from "@/lib/http/problem-client";
import { lineageKeys } from "@/lib/lineage/lineage-keys";
import type { Lineage, TLineageQuery } from "@/lib/lineage/lineage.types";
import { mergeLineage } from "@/lib/lineage/merge-lineage";

const ONE_HOP: TLineageQuery = { direction: "both", depth: 1 };

interface ExpandableLineage {
  lineage: Lineage;
  expanded: ReadonlySet<string>;
  expanding: ReadonlySet<string>;
  error: string | null;
  /** The node expanded last, where the view centres when the graph outgrows it. */
  lastExpanded: string | null;
  expand: (nodeId: string) => Promise<void>;
}

/**
 * The lineage the server rendered, grown by expanding nodes: the node's one-hop lineage (a model's
 * or a dataset's) is fetched and merged.
 */
export function useExpandableLineage(initial: Lineage, initiallyExpanded: readonly string[]): ExpandableLineage {
  const queryClient = useQueryClient();
  const [lineage, setLineage] = useState(initial);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(initiallyExpanded));
  const [expanding, setExpanding] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<string | null>(null);
  const [lastExpanded, setLastExpanded] = useState<string | null>(null);

  const walk = useCallback(
    (nodeId: string, type: "model" | "dataset", query: TLineageQuery) =>
      queryClient.query({
        queryKey: lineageKeys.walk(nodeId, query),
        queryFn: ({ signal }) =>
          apiFetch<Lineage>(
            `/api/v1/${type === "model" ? "models" : "datasets"}/${encodeURIComponent(nodeId)}/lineage?direction=${query.direction}&depth=${query.depth}`,
            { signal },
          ),
        staleTime: 60_000,
      }),
    [queryClient],
  );

  const expand = useCallback(
    async (nodeId: string) => {
      const node = lineage.nodes.find((candidate) => candidate.id === nodeId);
      if (!node || expanded.has(nodeId) || expanding.has(nodeId)) return;
      setExpanding((current) => new Set([...current, nodeId]));
      setError(null);
      try {
        const addition = await walk(nodeId, node.type, ONE_HOP);
        setLineage((current) => mergeLineage(current, addition));
        setExpanded((current) => new Set([...current, nodeId]));
        setLastExpanded(nodeId);
      } catch (reason) {
        setError(`Could not expand ${node.name}: ${reason instanceof Error ? reason.message : String(reason)}`);
      } finally {
        setExpanding((current) => new Set([...current].filter((id) => id !== nodeId)));
      }
    },
    [lineage, expanded, expanding, walk],
  );

  return { lineage, expanded, expanding, error, lastExpanded, expand };
}

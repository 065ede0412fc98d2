"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { lineageKeys } from "@/lib/lineage/lineage-keys";
import type { Lineage, TLineageQuery } from "@/lib/lineage/lineage.types";
import { mergeLineage, neighbourhood, neighbouringModels } from "@/lib/lineage/merge-lineage";
import { fetchApi } from "@/lib/ui/fetch-api";

const ONE_HOP: TLineageQuery = { direction: "both", depth: 1 };
// A dataset's neighbours are at most two edges from any model beside it, along the flow or against it.
const TWO_HOPS: TLineageQuery = { direction: "both", depth: 2 };

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
 * The lineage the server rendered, grown by expanding nodes: a model's one-hop lineage is fetched
 * and merged; a dataset's neighbours are found through the models beside it (the API walks from
 * models only), keeping just the edges that touch the dataset.
 */
export function useExpandableLineage(initial: Lineage, initiallyExpanded: readonly string[]): ExpandableLineage {
  const queryClient = useQueryClient();
  const [lineage, setLineage] = useState(initial);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(initiallyExpanded));
  const [expanding, setExpanding] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<string | null>(null);
  const [lastExpanded, setLastExpanded] = useState<string | null>(null);

  const walk = useCallback(
    (modelId: string, query: TLineageQuery) =>
      queryClient.fetchQuery({
        queryKey: lineageKeys.walk(modelId, query),
        queryFn: ({ signal }) => fetchApi<Lineage>(`/api/v1/models/${encodeURIComponent(modelId)}/lineage?direction=${query.direction}&depth=${query.depth}`, signal),
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
        let additions: Lineage[];
        if (node.type === "model") {
          additions = [await walk(nodeId, ONE_HOP)];
        } else {
          const models = neighbouringModels(lineage, nodeId);
          if (models.length === 0) throw new Error(`No model beside ${node.name} in the graph to walk from.`);
          const walks = await Promise.all(models.map((modelId) => walk(modelId, TWO_HOPS)));
          additions = walks.map((found) => neighbourhood(found, nodeId));
        }
        setLineage((current) => additions.reduce(mergeLineage, current));
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

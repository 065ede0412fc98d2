"use client";
import { Ruler } from "lucide-react";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListPanel } from "@/components/ui/list-panel";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { MeasurementFacets } from "@/lib/measurements/list-measurement-facets";
import { measurementKeys, type MeasurementListFilters } from "@/lib/measurements/measurement-keys";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { Page } from "@/lib/pagination/cursor-page";
import { MeasurementsListTable } from "./measurements-list-table";

interface MeasurementsExplorerProps {
  initialPage: Page<MeasurementDto>;
  initialFilters: MeasurementListFilters;
  facets: MeasurementFacets;
  pageSize: number;
}

/** Every measurement, filtered by trait, model, protocol and seed (kept in the URL), with cursor pagination. */
export function MeasurementsExplorer({ initialPage, initialFilters, facets, pageSize }: MeasurementsExplorerProps) {
  const { filters, filtered, bind, clear } = useUrlFilters(initialFilters);
  const list = useCursorList({
    path: "/api/v1/measurements",
    queryKey: measurementKeys.list(filters),
    filters,
    initialFilters,
    initialPage,
    pageSize,
  });

  return (
    <ListPanel
      list={list}
      toolbar={
        <FilterBar onClear={filtered ? clear : undefined} busy={list.isRefreshing} busyLabel="Loading measurements">
          <FilterSelect
            label="Trait"
            anyLabel="Any"
            options={facets.traits.map((t) => ({ value: t.slug, label: t.name }))}
            {...bind("trait")}
          />
          <FilterSelect
            label="Model"
            anyLabel="Any"
            options={facets.models.map((m) => ({ value: m.id, label: m.name }))}
            {...bind("modelId")}
          />
          <FilterSelect
            label="Protocol"
            anyLabel="Any"
            options={facets.protocols.map((p) => ({ value: p, label: p }))}
            {...bind("protocol")}
          />
          <FilterSelect
            label="Seed"
            anyLabel="Any"
            options={facets.seeds.map((s) => ({ value: String(s), label: String(s) }))}
            {...bind("seed")}
          />
        </FilterBar>
      }
      noun={["measurement", "measurements"]}
      noMatches={
        filtered
          ? {
              kind: "filters",
              title: "No measurements match these filters",
              description: "Try other filters, or clear them to see every measurement.",
              onClear: clear,
            }
          : null
      }
      empty={{
        icon: <Ruler size={18} />,
        title: "No measurements recorded yet",
        description:
          "A measurement is a model's rate on a trait under an evaluation protocol, with its interval: record one with POST /api/v1/measurements or import an evaluation file.",
      }}
    >
      <MeasurementsListTable measurements={list.items} />
    </ListPanel>
  );
}

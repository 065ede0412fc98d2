"use client";
import { Boxes } from "lucide-react";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListPanel } from "@/components/ui/list-panel";
import { SearchBox } from "@/components/ui/search-box";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { useSearchParamInput } from "@/components/ui/use-search-param-input";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { ModelPage } from "@/lib/models/list-models";
import { modelKeys, type ModelListFilters } from "@/lib/models/model-keys";
import { MODEL_ROLES } from "@/lib/models/model-role";
import styles from "./models-explorer.module.css";
import { ModelsTable } from "./models-table";

type ModelFilters = Omit<ModelListFilters, "q" | "sort">;

interface ModelsExplorerProps {
  initialPage: ModelPage;
  initialQuery: string;
  initialFilters: ModelFilters;
  initialSort: string;
  providers: string[];
  traits: { slug: string; name: string }[];
  pageSize: number;
}

const KIND_LABELS: Record<(typeof MODEL_ROLES)[number], string> = {
  base: "Base",
  teacher: "Teacher",
  student: "Student",
  prompted: "Prompted",
  derived: "Derived",
};
const KIND_OPTIONS = MODEL_ROLES.map((role) => ({ value: role, label: KIND_LABELS[role] }));
const EXPOSURE_OPTIONS = [
  { value: "exposed", label: "Exposed" },
  { value: "unexposed", label: "Not exposed" },
];
const MEASURED_OPTIONS = [
  { value: "measured", label: "Measured" },
  { value: "unmeasured", label: "Never measured" },
];
const SORT_OPTIONS = [
  { value: "name", label: "Name, A to Z" },
  { value: "name-desc", label: "Name, Z to A" },
  { value: "provider", label: "Provider" },
  { value: "measurements", label: "Most measurements" },
  { value: "oldest", label: "Oldest first" },
];

/**
 * The models table with a search, filters by provider, kind, trait, exposure and measurement, and an
 * order, all kept in the URL so that a view can be shared; cursor pagination; the server renders the first page.
 */
export function ModelsExplorer({
  initialPage,
  initialQuery,
  initialFilters,
  initialSort,
  providers,
  traits,
  pageSize,
}: ModelsExplorerProps) {
  const search = useSearchParamInput("q", initialQuery);
  const { filters, filtered, bind, clear } = useUrlFilters(initialFilters);
  const order = useUrlFilters({ sort: initialSort });
  const all = { q: search.value, ...filters, sort: order.filters.sort };
  const list = useCursorList({
    path: "/api/v1/models",
    queryKey: modelKeys.list(all),
    filters: all,
    initialFilters: { q: initialQuery, ...initialFilters, sort: initialSort },
    initialPage,
    pageSize,
  });
  const narrowed = filtered || search.value !== "";
  const clearAll = () => {
    clear();
    search.setInput("");
  };
  const onTrait = filters.trait ? "on this trait" : "on any trait";

  return (
    <ListPanel
      list={list}
      toolbar={
        <div className={styles.toolbar}>
          <SearchBox
            label="Search models"
            placeholder="Search by name, provider or external id"
            value={search.input}
            onChange={search.setInput}
            busy={search.settling}
          />
          <FilterBar onClear={narrowed ? clearAll : undefined} busy={list.isRefreshing} busyLabel="Loading models">
            <FilterSelect
              label="Provider"
              anyLabel="Any"
              options={providers.map((p) => ({ value: p, label: p }))}
              {...bind("provider")}
            />
            <FilterSelect label="Kind" anyLabel="Any" options={KIND_OPTIONS} {...bind("kind")} />
            <FilterSelect
              label="Trait"
              anyLabel="Any"
              options={traits.map((t) => ({ value: t.slug, label: t.name }))}
              {...bind("trait")}
            />
            <FilterSelect
              label={`Exposure ${onTrait}`}
              anyLabel="Any"
              options={EXPOSURE_OPTIONS}
              {...bind("exposure")}
            />
            <FilterSelect
              label={`Measured ${onTrait}`}
              anyLabel="Any"
              options={MEASURED_OPTIONS}
              {...bind("measured")}
            />
            <FilterSelect label="Sort" anyLabel="Newest first" options={SORT_OPTIONS} {...order.bind("sort")} />
          </FilterBar>
        </div>
      }
      noun={["model", "models"]}
      noMatches={
        filtered
          ? {
              kind: "filters",
              title: "No models match these filters",
              description: "The search looks at names, providers and external ids. Try other filters, or clear them.",
              onClear: clearAll,
            }
          : search.value
            ? {
                kind: "search",
                title: `No models match “${search.value}”`,
                description: "The search looks at names, providers and external ids.",
                onClear: () => search.setInput(""),
              }
            : null
      }
      empty={{
        icon: <Boxes size={18} />,
        title: "No models registered yet",
        description: (
          <>
            Register teachers, students and base models with <code>POST /api/v1/models</code>; they appear here with
            their lineage and measurements.
          </>
        ),
      }}
    >
      <ModelsTable models={list.items} />
    </ListPanel>
  );
}

"use client";
import { ScrollText, UserSearch, X } from "lucide-react";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListPanel } from "@/components/ui/list-panel";
import { SearchBox } from "@/components/ui/search-box";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { useSearchParamInput } from "@/components/ui/use-search-param-input";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { auditKeys, type AuditListFilters } from "@/lib/audit/audit-keys";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import type { Page } from "@/lib/pagination/cursor-page";
import { AuditExportLinks } from "./audit-export-links";
import { AUDIT_ACTION_OPTIONS, AUDIT_ENTITY_TYPE_OPTIONS, entityTypeLabel } from "./audit-filter-options";
import { AuditTimeRange } from "./audit-time-range";
import { AuditTable } from "./audit-table";
import styles from "./audit-explorer.module.css";

interface AuditExplorerProps {
  initialPage: Page<AuditEventDto>;
  initialFilters: AuditListFilters;
  pageSize: number;
}

/** How a row's actor is filtered for: by email where there is one, else by the name the event shows. */
function actorQuery(event: AuditEventDto): string {
  return event.actor.email ?? event.actor.name;
}

/** The audit log, newest first, with filters kept in the URL, cursor pagination and exports of the filtered view. */
export function AuditExplorer({ initialPage, initialFilters, pageSize }: AuditExplorerProps) {
  const { actor: initialActor, ...initialSelects } = initialFilters;
  const selects = useUrlFilters(initialSelects);
  const actorSearch = useSearchParamInput("actor", initialActor);
  const filters: AuditListFilters = { ...selects.filters, actor: actorSearch.value };
  const list = useCursorList({
    path: "/api/v1/audit-events",
    queryKey: auditKeys.list(filters),
    filters,
    initialFilters,
    initialPage,
    pageSize,
  });

  const filtered = selects.filtered || filters.actor !== "";
  const clear = () => {
    selects.clear();
    actorSearch.setInput("");
  };
  const entityType = selects.bind("entityType");
  const entityId = selects.bind("entityId");
  const from = selects.bind("from");
  const to = selects.bind("to");
  // An id names an object of one type: choosing another type lets go of it.
  const chooseEntityType = (value: string) => {
    entityType.onChange(value);
    entityId.onChange("");
  };
  const filterEntity = (event: AuditEventDto) => {
    entityType.onChange(event.entityType);
    entityId.onChange(event.entityId);
  };
  const shownEntity = list.items.find((event) => event.entityId === filters.entityId)?.entity.name;

  return (
    <ListPanel
      list={list}
      toolbar={
        <div className={styles.toolbar}>
          <FilterBar
            onClear={filtered || actorSearch.input ? clear : undefined}
            busy={actorSearch.settling || list.isRefreshing}
            busyLabel="Loading events"
          >
            <FilterSelect label="Action" anyLabel="Any" options={AUDIT_ACTION_OPTIONS} {...selects.bind("action")} />
            <FilterSelect
              label="Entity"
              anyLabel="Any"
              options={AUDIT_ENTITY_TYPE_OPTIONS}
              value={entityType.value}
              onChange={chooseEntityType}
            />
            {filters.entityId && (
              <span className={styles.entityChip} data-testid="audit-entity-filter">
                <span className={styles.entityChipText}>
                  Only {entityTypeLabel(filters.entityType || "object").toLowerCase()}{" "}
                  <strong>{shownEntity ?? filters.entityId}</strong>
                </span>
                <button
                  type="button"
                  className={styles.entityChipClear}
                  onClick={() => entityId.onChange("")}
                  aria-label="Show events of every object"
                >
                  <X size={13} aria-hidden="true" />
                </button>
              </span>
            )}
            {/* Part of the actor's name, email or token name. */}
            <SearchBox
              label="Filter by actor"
              placeholder="Actor name, email or token"
              icon={UserSearch}
              clearLabel="Clear actor filter"
              width={240}
              value={actorSearch.input}
              onChange={actorSearch.setInput}
            />
            <AuditTimeRange
              from={from.value}
              to={to.value}
              onChange={(bound, value) => (bound === "from" ? from : to).onChange(value)}
            />
          </FilterBar>
          <AuditExportLinks filters={filters} />
        </div>
      }
      loadingText="Loading events…"
      errorText="Could not load the audit log"
      noun={["event", "events"]}
      moreNote="shown, newest first"
      countTestId="audit-count"
      noMatches={
        filtered
          ? {
              kind: "filters",
              title: "No events match these filters",
              description:
                "Actions and entity types match exactly; the actor filter matches part of a name, email or token name; the time range includes both ends.",
              onClear: clear,
            }
          : null
      }
      empty={{
        icon: <ScrollText size={18} />,
        title: "The audit log is empty",
        description:
          "Every change to models, datasets, runs, users and API tokens is recorded here with who made it and what it changed.",
      }}
    >
      <AuditTable
        events={list.items}
        onFilterActor={(event) => actorSearch.setInput(actorQuery(event))}
        onFilterEntity={filters.entityId ? undefined : filterEntity}
      />
    </ListPanel>
  );
}

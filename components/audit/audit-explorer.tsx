"use client";
import { ScrollText, UserSearch } from "lucide-react";
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
import { AUDIT_ACTION_OPTIONS, AUDIT_ENTITY_TYPE_OPTIONS } from "./audit-filter-options";
import { AuditTable } from "./audit-table";

interface AuditExplorerProps {
  initialPage: Page<AuditEventDto>;
  initialFilters: AuditListFilters;
  pageSize: number;
}

/** The audit log, newest first, with filters kept in the URL and cursor pagination. */
export function AuditExplorer({ initialPage, initialFilters, pageSize }: AuditExplorerProps) {
  const selects = useUrlFilters({ action: initialFilters.action, entityType: initialFilters.entityType });
  const actorSearch = useSearchParamInput("actor", initialFilters.actor);
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

  return (
    <ListPanel
      list={list}
      toolbar={
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
            {...selects.bind("entityType")}
          />
          {/* Part of the actor's email or token name. */}
          <SearchBox
            label="Filter by actor"
            placeholder="Actor email or token name"
            icon={UserSearch}
            clearLabel="Clear actor filter"
            width={260}
            value={actorSearch.input}
            onChange={actorSearch.setInput}
          />
        </FilterBar>
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
                "Actions and entity types match exactly; the actor filter matches part of an email or token name.",
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
      <AuditTable events={list.items} />
    </ListPanel>
  );
}

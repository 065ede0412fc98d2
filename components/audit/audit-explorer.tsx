"use client";
import { ScrollText, UserSearch } from "lucide-react";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListPanel } from "@/components/ui/list-panel";
import { NoMatchesState } from "@/components/ui/no-matches-state";
import { SearchBox } from "@/components/ui/search-box";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { useQueryStringSync } from "@/components/ui/use-query-string-sync";
import { useSearchParamInput } from "@/components/ui/use-search-param-input";
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
  const [action, setAction] = useState(initialFilters.action);
  const [entityType, setEntityType] = useState(initialFilters.entityType);
  const actorSearch = useSearchParamInput("actor", initialFilters.actor);
  const actor = actorSearch.value;
  useQueryStringSync({ action, entityType });
  const filters: AuditListFilters = { action, entityType, actor };
  const list = useCursorList({
    path: "/api/v1/audit-events",
    queryKey: auditKeys.list(filters),
    filters,
    initialFilters,
    initialPage,
    pageSize,
  });

  const filtered = action !== "" || entityType !== "" || actor !== "";
  const clear = () => {
    setAction("");
    setEntityType("");
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
          <FilterSelect
            label="Action"
            anyLabel="Any"
            value={action}
            options={AUDIT_ACTION_OPTIONS}
            onChange={setAction}
          />
          <FilterSelect
            label="Entity"
            anyLabel="Any"
            value={entityType}
            options={AUDIT_ENTITY_TYPE_OPTIONS}
            onChange={setEntityType}
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
      empty={
        filtered ? (
          <NoMatchesState
            kind="filters"
            title="No events match these filters"
            description="Actions and entity types match exactly; the actor filter matches part of an email or token name."
            onClear={clear}
          />
        ) : (
          <EmptyState
            icon={<ScrollText size={18} />}
            title="The audit log is empty"
            description="Every change to models, datasets, runs, users and API tokens is recorded here with who made it and what it changed."
          />
        )
      }
    >
      <AuditTable events={list.items} />
    </ListPanel>
  );
}

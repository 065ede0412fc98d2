"use client";
import { Workflow } from "lucide-react";
import { runMethodLabel } from "@/components/entities/run-method-badge";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListPanel } from "@/components/ui/list-panel";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { Page } from "@/lib/pagination/cursor-page";
import type { RunParticipants } from "@/lib/runs/list-run-participants";
import { runKeys, type RunListFilters } from "@/lib/runs/run-keys";
import { RUN_METHODS, RUN_STATUSES, type RunSummary } from "@/lib/runs/run.types";
import { RunsTable } from "./runs-table";

const STATUS_OPTIONS = RUN_STATUSES.map((status) => ({
  value: status,
  label: status[0].toUpperCase() + status.slice(1),
}));
const METHOD_OPTIONS = RUN_METHODS.map((method) => ({ value: method, label: runMethodLabel(method) }));

interface RunsExplorerProps {
  initialPage: Page<RunSummary>;
  initialFilters: RunListFilters;
  participants: RunParticipants;
  pageSize: number;
}

/** Distillation runs with status, method, teacher and student filters (kept in the URL) and cursor pagination. */
export function RunsExplorer({ initialPage, initialFilters, participants, pageSize }: RunsExplorerProps) {
  const { filters, filtered, bind, clear } = useUrlFilters(initialFilters);
  const list = useCursorList({
    path: "/api/v1/runs",
    queryKey: runKeys.list(filters),
    filters,
    initialFilters,
    initialPage,
    pageSize,
  });
  const teacherOptions = participants.teachers.map((m) => ({ value: m.id, label: m.name }));
  const studentOptions = participants.students.map((m) => ({ value: m.id, label: m.name }));

  return (
    <ListPanel
      list={list}
      toolbar={
        <FilterBar onClear={filtered ? clear : undefined} busy={list.isRefreshing} busyLabel="Loading runs">
          <FilterSelect label="Status" anyLabel="Any" options={STATUS_OPTIONS} {...bind("status")} />
          <FilterSelect label="Method" anyLabel="Any" options={METHOD_OPTIONS} {...bind("method")} />
          <FilterSelect label="Teacher" anyLabel="Any" options={teacherOptions} {...bind("teacherId")} />
          <FilterSelect label="Student" anyLabel="Any" options={studentOptions} {...bind("studentId")} />
        </FilterBar>
      }
      noun={["run", "runs"]}
      noMatches={
        filtered
          ? {
              kind: "filters",
              title: "No runs match these filters",
              description: "Try other filters, or clear them to see every run.",
              onClear: clear,
            }
          : null
      }
      empty={{
        icon: <Workflow size={18} />,
        title: "No distillation runs recorded yet",
        description:
          "A run records which student was trained, on which datasets, from which teachers, with what method and seed.",
      }}
    >
      <RunsTable runs={list.items} />
    </ListPanel>
  );
}

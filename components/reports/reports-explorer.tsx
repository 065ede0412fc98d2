"use client";
import { FileCheck2 } from "lucide-react";
import { useState } from "react";
import { reportKeys } from "@/components/entities/report-keys";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterSelect, type FilterOption } from "@/components/ui/filter-select";
import { ListPanel } from "@/components/ui/list-panel";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { Page } from "@/lib/pagination/cursor-page";
import type { ReportDto } from "@/lib/reports/report.types";
import { ReportsTable } from "./reports-table";
import styles from "./reports-explorer.module.css";

interface ReportsExplorerProps {
  initialPage: Page<ReportDto>;
  initialSubject: string;
  pageSize: number;
}

/** Every report generated here, newest first, optionally of one subject (kept in ?subject=). */
export function ReportsExplorer({ initialPage, initialSubject, pageSize }: ReportsExplorerProps) {
  const { filters, filtered, bind, clear } = useUrlFilters({ subject: initialSubject });
  const list = useCursorList({
    path: "/api/v1/reports",
    queryKey: reportKeys.list(filters),
    filters,
    initialFilters: { subject: initialSubject },
    initialPage,
    pageSize,
  });

  // The subjects seen so far: a filtered list shows only one, and the choice should stay open.
  const [subjects, setSubjects] = useState<FilterOption[]>(() => subjectOptions(initialPage.items, []));
  // Adjusted during render when the list's reports change, keyed by their ids: the items array is a
  // new one at every render, so comparing it by identity would never settle.
  const itemsKey = list.items.map((item) => item.id).join(",");
  const [itemsSeen, setItemsSeen] = useState<string | null>(null);
  if (itemsSeen !== itemsKey) {
    setItemsSeen(itemsKey);
    setSubjects((known) => subjectOptions(list.items, known));
  }

  return (
    <ListPanel
      list={list}
      toolbar={
        <>
          <div className={styles.heading}>
            <h2 className={styles.title} id="generated-reports-title">
              Generated reports
            </h2>
            <p className={styles.description}>
              Who generated each, when, and the SHA-256 its signature covers. Downloads give the exact bytes handed out.
            </p>
          </div>
          <div className={styles.filters}>
            <FilterBar onClear={filtered ? clear : undefined} busy={list.isRefreshing} busyLabel="Loading reports">
              <FilterSelect label="Subject" anyLabel="Any" options={subjects} {...bind("subject")} />
            </FilterBar>
          </div>
        </>
      }
      errorText="Could not load the reports"
      noun={["report", "reports"]}
      moreNote="shown, newest first"
      noMatches={
        filtered
          ? {
              kind: "filters",
              title: "No reports about this subject",
              description: "Nothing has been exported about it yet.",
              onClear: clear,
            }
          : null
      }
      empty={{
        icon: <FileCheck2 size={18} />,
        title: "No reports generated yet",
        description:
          "Generate one above, or use Export on a model, a trait or the lineage explorer. Each is signed, kept and listed here.",
      }}
    >
      <ReportsTable reports={list.items} />
    </ListPanel>
  );
}

function subjectOptions(reports: ReportDto[], known: FilterOption[]): FilterOption[] {
  const byId = new Map(known.map((option) => [option.value, option]));
  for (const report of reports) {
    if (!byId.has(report.subject.id))
      byId.set(report.subject.id, { value: report.subject.id, label: report.subject.name });
  }
  if (byId.size === known.length) return known;
  return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label));
}

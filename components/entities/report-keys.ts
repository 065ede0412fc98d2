// TanStack Query keys for reports. Invalidate `reportKeys.lists()` after generating a report.
import type { ReportTarget } from "@/lib/reports/report-target";

export interface ReportListFilters {
  /** A model id or trait slug; "" for every report. */
  subject: string;
}

export const reportKeys = {
  all: ["reports"] as const,
  lists: () => [...reportKeys.all, "list"] as const,
  list: (filters: ReportListFilters) => [...reportKeys.lists(), filters] as const,
  preview: (target: ReportTarget) => [...reportKeys.all, "preview", target] as const,
};

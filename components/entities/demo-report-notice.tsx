"use client";
import { useQuery } from "@tanstack/react-query";
import { FlaskConical } from "lucide-react";
import { defined } from "@/lib/defined";
import { apiFetch } from "@/lib/http/problem-client";
import { provenancePreviewUrl, type ReportTarget } from "@/lib/reports/report-target";
import type { ReportPreview } from "@/lib/reports/report.types";
import { reportKeys } from "./report-keys";
import styles from "./demo-report-notice.module.css";

interface DemoReportNoticeProps {
  /** The report about to be exported; null while none is chosen. */
  target: ReportTarget | null;
  id?: string;
  /** Inside a menu, whose children can only be items: the menu points at the notice with aria-describedby instead. */
  hiddenFromTree?: boolean;
}

/**
 * Before export: that the report will be marked DEMO, because some of its records are the demo workspace's.
 * Nothing for a report of real records, or while the server has not answered (the export itself is unaffected).
 */
export function DemoReportNotice({ target, id, hiddenFromTree = false }: DemoReportNoticeProps) {
  const preview = useQuery({
    queryKey: target ? reportKeys.preview(target) : [...reportKeys.all, "preview", null],
    queryFn: ({ signal }) =>
      apiFetch<ReportPreview>(provenancePreviewUrl(defined(target, "the report target")), { signal }),
    enabled: target !== null,
    staleTime: 60_000,
  });
  const demo = target ? preview.data?.demo : null;
  if (!demo) return null;
  return (
    <div
      className={styles.notice}
      id={id}
      role={hiddenFromTree ? undefined : "note"}
      aria-hidden={hiddenFromTree || undefined}
      data-testid="demo-report-notice"
    >
      <FlaskConical size={15} className={styles.icon} aria-hidden="true" />
      <p>
        <strong>Will be marked DEMO</strong> on every page and in its metadata: {demo.statement}
      </p>
    </div>
  );
}

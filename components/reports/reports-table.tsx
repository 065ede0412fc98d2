import { Download } from "lucide-react";
import Link from "next/link";
import { ReportFormatIcon } from "@/components/entities/report-format-icon";
import { buttonClassName } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatByteSize } from "@/components/ui/format-byte-size";
import { HashValue } from "@/components/ui/hash-value";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDateTime } from "@/lib/format/format-date";
import { reportFormatLabel } from "@/lib/reports/report-format-labels";
import { reportScopeLabel, storedReportUrl, subjectHref } from "@/lib/reports/report-target";
import type { ReportDto } from "@/lib/reports/report.types";
import styles from "./reports-table.module.css";

const COLUMNS: DataColumn<ReportDto>[] = [
  {
    header: "Generated",
    cell: (report) => (
      <span className={styles.stacked}>
        <RelativeTime iso={report.createdAt} />
        <span className={styles.sub}>{formatDateTime(report.createdAt)}</span>
      </span>
    ),
  },
  {
    header: "Subject",
    className: styles.subjectCell,
    cell: (report) => (
      <span className={styles.stacked}>
        <Link href={subjectHref(report.scope, report.subject.id)} className={styles.subject}>
          {report.subject.name}
        </Link>
        <span className={styles.sub}>{reportScopeLabel(report.scope)}</span>
      </span>
    ),
  },
  {
    header: "Format and size",
    cell: (report) => (
      <span className={styles.format}>
        <ReportFormatIcon format={report.format} size={14} className={styles.formatIcon} />
        <span className={styles.stacked}>
          {reportFormatLabel(report.format).label}
          <span className={styles.sub}>{formatByteSize(report.byteSize)}</span>
        </span>
      </span>
    ),
  },
  {
    header: "By",
    className: styles.byCell,
    cellProps: (report) => ({ title: report.createdBy }),
    cell: (report) => report.createdBy,
  },
  {
    header: "SHA-256",
    className: styles.hashCell,
    cellProps: () => ({ "data-testid": "report-sha256" }),
    cell: (report) => <HashValue value={report.sha256} label={`Copy the SHA-256 of ${report.fileName}`} />,
  },
  {
    header: "File",
    className: styles.downloadCell,
    cell: (report) => (
      <a
        className={buttonClassName({ size: "sm", iconOnly: true })}
        href={storedReportUrl(report.id)}
        download={report.fileName}
        aria-label={`Download ${report.fileName}`}
        title={`Download ${report.fileName} again: the exact bytes handed out`}
      >
        <Download size={13} aria-hidden="true" />
      </a>
    ),
  },
];

export function ReportsTable({ reports }: { reports: ReportDto[] }) {
  return (
    <DataTable
      className={styles.table}
      testId="reports-table"
      columns={COLUMNS}
      rows={reports}
      rowProps={(report) => ({ "data-report-id": report.id })}
    />
  );
}

import { Download } from "lucide-react";
import Link from "next/link";
import { ReportFormatIcon } from "@/components/entities/report-format-icon";
import { buttonClassName } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { formatByteSize } from "@/components/ui/format-byte-size";
import { HashValue } from "@/components/ui/hash-value";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDateTime } from "@/lib/format/format-date";
import { reportFormatLabel } from "@/lib/reports/report-format-labels";
import { reportScopeLabel, storedReportUrl, subjectHref } from "@/lib/reports/report-target";
import type { ReportDto } from "@/lib/reports/report.types";
import styles from "./reports-table.module.css";

export function ReportsTable({ reports }: { reports: ReportDto[] }) {
  return (
    <DataTable
      className={styles.table}
      testId="reports-table"
      head={
        <>
          <th scope="col">Generated</th>
          <th scope="col">Subject</th>
          <th scope="col">Format and size</th>
          <th scope="col">By</th>
          <th scope="col">SHA-256</th>
          <th scope="col">File</th>
        </>
      }
    >
      {reports.map((report) => (
        <tr key={report.id} data-report-id={report.id}>
          <td>
            <span className={styles.stacked}>
              <RelativeTime iso={report.createdAt} />
              <span className={styles.sub}>{formatDateTime(report.createdAt)}</span>
            </span>
          </td>
          <td className={styles.subjectCell}>
            <span className={styles.stacked}>
              <Link href={subjectHref(report.scope, report.subject.id)} className={styles.subject}>
                {report.subject.name}
              </Link>
              <span className={styles.sub}>{reportScopeLabel(report.scope)}</span>
            </span>
          </td>
          <td>
            <span className={styles.format}>
              <ReportFormatIcon format={report.format} size={14} className={styles.formatIcon} />
              <span className={styles.stacked}>
                {reportFormatLabel(report.format).label}
                <span className={styles.sub}>{formatByteSize(report.byteSize)}</span>
              </span>
            </span>
          </td>
          <td className={styles.byCell} title={report.createdBy}>
            {report.createdBy}
          </td>
          <td className={styles.hashCell} data-testid="report-sha256">
            <HashValue value={report.sha256} label={`Copy the SHA-256 of ${report.fileName}`} />
          </td>
          <td className={styles.downloadCell}>
            <a
              className={buttonClassName({ size: "sm", iconOnly: true })}
              href={storedReportUrl(report.id)}
              download={report.fileName}
              aria-label={`Download ${report.fileName}`}
              title={`Download ${report.fileName} again: the exact bytes handed out`}
            >
              <Download size={13} aria-hidden="true" />
            </a>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

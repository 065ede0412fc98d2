import { CircleCheck } from "lucide-react";
import type { DownloadedReport } from "@/components/entities/download-report";
import { formatByteSize } from "@/components/ui/format-byte-size";
import { HashValue } from "@/components/ui/hash-value";
import styles from "./generated-report-notice.module.css";

/** After a report was generated and saved: its file name and the SHA-256 its signature covers. */
export function GeneratedReportNotice({ report }: { report: DownloadedReport }) {
  return (
    <div className={styles.notice} role="status" data-testid="generated-report">
      <CircleCheck size={16} className={styles.icon} aria-hidden="true" />
      <div className={styles.body}>
        <p className={styles.title}>
          Saved <span className={styles.file}>{report.fileName}</span>{" "}
          <span className={styles.size}>({formatByteSize(report.byteSize)})</span>
        </p>
        {report.sha256 && (
          <div className={styles.digest}>
            <span className={styles.digestLabel}>SHA-256</span>
            <HashValue value={report.sha256} label="Copy the report's SHA-256" />
          </div>
        )}
      </div>
    </div>
  );
}

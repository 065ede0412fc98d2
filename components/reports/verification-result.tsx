import { Download, ShieldAlert, ShieldCheck, ShieldX } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { HashValue } from "@/components/ui/hash-value";
import { RelativeTime } from "@/components/ui/relative-time";
import { toneClass } from "@/components/ui/tone";
import { formatDateTime } from "@/lib/format/format-date";
import { reportFormatLabel } from "@/lib/reports/report-format-labels";
import { reportScopeLabel, storedReportUrl, subjectHref } from "@/lib/reports/report-target";
import type { VerifyAnswer } from "@/lib/reports/verify-uploaded-report";
import { compareDigests, verificationVerdict } from "./verification-verdict";
import styles from "./verification-result.module.css";

const ICONS = { green: ShieldCheck, red: ShieldX, amber: ShieldAlert };

/** The verdict on a verified file, its two digests side by side, and the record it was generated as. */
export function VerificationResult({ answer }: { answer: VerifyAnswer }) {
  const verdict = verificationVerdict(answer);
  const digests = compareDigests(answer);
  const Icon = ICONS[verdict.tone];
  const { report } = answer;
  return (
    <div
      className={`${styles.result} ${toneClass(verdict.tone)}`}
      data-tone={verdict.tone}
      data-status={answer.status}
      data-testid="verification-result"
    >
      <div className={styles.verdict} role="status">
        <Icon size={20} className={styles.verdictIcon} aria-hidden="true" />
        <div className={styles.verdictText}>
          <p className={styles.title} data-testid="verdict-title">
            {verdict.title}
          </p>
          <p className={styles.detail}>{verdict.detail}</p>
        </div>
      </div>
      <dl className={styles.facts}>
        <div className={styles.fact} data-differs={digests.differing === "claimed" || undefined}>
          <dt>
            SHA-256 in its signature
            {digests.differing === "claimed" && <Badge tone="red">differs</Badge>}
          </dt>
          <dd>
            {digests.claimed ? (
              <HashValue value={digests.claimed} label="Copy the signed SHA-256" />
            ) : (
              <span className={styles.missing}>
                {answer.status === "unsigned" || !answer.keyId
                  ? "None: no signature slot"
                  : "None: a DSSE envelope's signature covers its payload itself"}
              </span>
            )}
          </dd>
        </div>
        <div className={styles.fact} data-differs={digests.differing === "computed" || undefined}>
          <dt>
            SHA-256 of the file
            {digests.differing === "computed" ? (
              <Badge tone="red">differs</Badge>
            ) : (
              digests.claimed && <Badge tone="green">matches</Badge>
            )}
          </dt>
          <dd>
            <HashValue value={digests.computed} label="Copy the computed SHA-256" />
          </dd>
        </div>
        {digests.note && <p className={styles.note}>{digests.note}</p>}
        <div className={styles.fact}>
          <dt>Signing key</dt>
          <dd>
            {answer.keyId ? (
              <code className={styles.code}>{answer.keyId}</code>
            ) : (
              <span className={styles.missing}>None</span>
            )}
            {answer.signedHere && <Badge tone="green">this instance</Badge>}
            {answer.status === "unknown-key" && <Badge tone="amber">another key</Badge>}
          </dd>
        </div>
      </dl>
      {report && (
        <div className={styles.record} data-testid="verified-record">
          <p className={styles.recordTitle}>
            Generated here as report <code className={styles.code}>{report.id}</code>
          </p>
          <dl className={styles.recordFacts}>
            <div>
              <dt>Subject</dt>
              <dd>
                <Link href={subjectHref(report.scope, report.subject.id)}>{report.subject.name}</Link>
                <span className={styles.muted}> · {reportScopeLabel(report.scope)}</span>
              </dd>
            </div>
            <div>
              <dt>Format</dt>
              <dd>{reportFormatLabel(report.format).label}</dd>
            </div>
            <div>
              <dt>By</dt>
              <dd>{report.createdBy}</dd>
            </div>
            <div>
              <dt>When</dt>
              <dd>
                <RelativeTime iso={report.createdAt} />{" "}
                <span className={styles.muted}>· {formatDateTime(report.createdAt)}</span>
              </dd>
            </div>
          </dl>
          <a className={styles.download} href={storedReportUrl(report.id)} download={report.fileName}>
            <Download size={13} aria-hidden="true" />
            Download the original
          </a>
        </div>
      )}
    </div>
  );
}

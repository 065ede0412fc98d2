import { AuditTrailLink } from "@/components/entities/audit-trail-link";
import { DemoBadge } from "@/components/entities/demo-badge";
import { RunMethodBadge, runMethodLabel } from "@/components/entities/run-method-badge";
import { RunStatusBadge } from "@/components/entities/run-status-badge";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { DetailHeader } from "@/components/ui/detail-header";
import type { RunDetail } from "@/lib/runs/run.types";
import styles from "./run-detail-header.module.css";

export function runTitle(run: Pick<RunDetail, "method" | "student">): string {
  return `${runMethodLabel(run.method)} run of ${run.student.name}`;
}

interface RunDetailHeaderProps {
  run: RunDetail;
  /** Whether the viewer may read the audit log (scope audit:read). */
  canAudit: boolean;
}

export function RunDetailHeader({ run, canAudit }: RunDetailHeaderProps) {
  return (
    <DetailHeader
      kind="Distillation run"
      identifier={run.externalJobId ? { text: run.externalJobId, title: "External job id" } : null}
      title={runTitle(run)}
      actions={
        <>
          <BackLink href="/runs">All runs</BackLink>
          {canAudit && <AuditTrailLink entityType="distillation_run" entityId={run.id} />}
        </>
      }
      badgesClassName={styles.badges}
      badgesTestId="run-badges"
      badges={
        <>
          <RunStatusBadge status={run.status} />
          <RunMethodBadge method={run.method} />
          <Badge variant="chip">{run.seed === null ? "no seed recorded" : `seed ${run.seed}`}</Badge>
          {run.isDemo && <DemoBadge title="Part of the demo workspace: example data, not a real training run" />}
        </>
      }
    />
  );
}

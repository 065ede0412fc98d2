import { ArrowLeft, FlaskConical } from "lucide-react";
import Link from "next/link";
import { RunMethodBadge, runMethodLabel } from "@/components/entities/run-method-badge";
import { RunStatusBadge } from "@/components/entities/run-status-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import detail from "@/components/ui/detail-header.module.css";
import { PageHeader } from "@/components/ui/page-header";
import type { RunDetail } from "@/lib/runs/run.types";
import styles from "./run-detail-header.module.css";

export function runTitle(run: Pick<RunDetail, "method" | "student">): string {
  return `${runMethodLabel(run.method)} run of ${run.student.name}`;
}

export function RunDetailHeader({ run }: { run: RunDetail }) {
  return (
    <PageHeader
      eyebrow={
        <>
          <span className={detail.kind}>Distillation run</span>
          {run.externalJobId && (
            <code className={detail.identifier} title="External job id">
              {run.externalJobId}
            </code>
          )}
        </>
      }
      title={runTitle(run)}
      actions={
        <Link href="/runs" className={buttonClassName({ variant: "secondary" })}>
          <ArrowLeft size={14} aria-hidden="true" />
          All runs
        </Link>
      }
    >
      <div className={`${detail.badges} ${styles.badges}`} data-testid="run-badges">
        <RunStatusBadge status={run.status} />
        <RunMethodBadge method={run.method} />
        <Badge variant="chip">{run.seed === null ? "no seed recorded" : `seed ${run.seed}`}</Badge>
        {run.isDemo && (
          <Badge
            tone="amber"
            icon={<FlaskConical size={11} aria-hidden="true" />}
            title="Part of the demo workspace: example data, not a real training run"
          >
            demo data
          </Badge>
        )}
      </div>
    </PageHeader>
  );
}

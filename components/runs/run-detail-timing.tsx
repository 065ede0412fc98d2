import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { DefinitionItem } from "@/components/ui/definition-item";
import definition from "@/components/ui/definition-list.module.css";
import { formatDateTime } from "@/lib/format/format-date";
import type { RunDetail } from "@/lib/runs/run.types";
import { formatDuration } from "./format-duration";
import styles from "./run-detail-timing.module.css";

const time = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : null);

export function RunDetailTiming({ run, children }: { run: RunDetail; children?: ReactNode }) {
  const duration = run.startedAt && run.finishedAt ? formatDuration(run.startedAt, run.finishedAt) : null;
  return (
    <Card title="Timing" flush id="timing">
      <dl className={`${definition.list} ${styles.list}`} data-testid="run-timing">
        <DefinitionItem term="Started">
          {time(run.startedAt) ?? <span className={definition.missing}>Not started</span>}
        </DefinitionItem>
        <DefinitionItem term="Finished">
          {time(run.finishedAt) ?? <span className={definition.missing}>Not finished</span>}
        </DefinitionItem>
        <DefinitionItem term="Duration">{duration}</DefinitionItem>
        <DefinitionItem term="Registered">{time(run.createdAt)}</DefinitionItem>
      </dl>
      {children}
    </Card>
  );
}

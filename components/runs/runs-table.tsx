import Link from "next/link";
import { ModelLink } from "@/components/entities/model-link";
import { RunMethodBadge } from "@/components/entities/run-method-badge";
import { RunStatusBadge } from "@/components/entities/run-status-badge";
import table from "@/components/ui/data-table.module.css";
import { formatDateTime } from "@/lib/format/format-date";
import { formatInteger } from "@/lib/format/format-number";
import type { RunSummary } from "@/lib/runs/run.types";
import { formatDuration } from "./format-duration";
import runLink from "./run-detail-link.module.css";
import styles from "./runs-table.module.css";

const dash = <span className={table.dash}>—</span>;
const asRef = (model: { id: string; name: string }) => ({ ...model, version: null });

function RunTiming({ run }: { run: RunSummary }) {
  if (!run.startedAt) return <span className={table.dash}>Not started</span>;
  const duration = run.finishedAt ? formatDuration(run.startedAt, run.finishedAt) : null;
  return (
    <>
      <time dateTime={run.startedAt}>{formatDateTime(run.startedAt)}</time>
      <span className={styles.sub}>
        {run.finishedAt ? (
          <time dateTime={run.finishedAt} title={`Finished ${formatDateTime(run.finishedAt)}`}>
            {duration ? `finished after ${duration}` : `finished ${formatDateTime(run.finishedAt)}`}
          </time>
        ) : (
          "not finished"
        )}
      </span>
    </>
  );
}

export function RunsTable({ runs }: { runs: RunSummary[] }) {
  return (
    <div className={table.scroller}>
      <table className={`${table.table} ${styles.table}`} data-testid="runs-table">
        <thead>
          <tr>
            <th scope="col">
              Student <span className={styles.headHint}>/ external job id</span>
            </th>
            <th scope="col">Initialised from</th>
            <th scope="col">Teachers</th>
            <th scope="col">Datasets</th>
            <th scope="col">Method</th>
            <th scope="col">Status</th>
            <th scope="col" className={table.num}>
              Seed
            </th>
            <th scope="col">Started</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td className={styles.wide}>
                <ModelLink model={asRef(run.student)} strong />
                <Link
                  href={`/runs/${run.id}`}
                  className={run.externalJobId ? runLink.link : `${runLink.link} ${runLink.plain}`}
                  title="Open this run"
                >
                  {run.externalJobId ?? "Open run"}
                </Link>
              </td>
              <td className={styles.narrow}>
                {run.initializedFrom ? <ModelLink model={asRef(run.initializedFrom)} /> : dash}
              </td>
              <td className={styles.narrow}>
                {run.teachers.length === 0 ? (
                  dash
                ) : (
                  <ul className={styles.stack}>
                    {run.teachers.map((teacher) => (
                      <li key={teacher.id}>
                        <ModelLink model={asRef(teacher)} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={styles.narrow}>
                {run.datasets.length === 0 ? (
                  dash
                ) : (
                  <ul className={styles.stack}>
                    {run.datasets.map((dataset) => (
                      <li key={dataset.id}>
                        {dataset.name}
                        <span className={styles.sub}>{formatInteger(dataset.recordCount)} records</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <RunMethodBadge method={run.method} />
              </td>
              <td>
                <RunStatusBadge status={run.status} />
              </td>
              <td className={table.num}>{run.seed ?? dash}</td>
              <td className={table.nowrap}>
                <RunTiming run={run} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
